import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed } from '../../cases.fixtures.js';
import { EFS_ACCESS_POINTS } from '../state.js';
import { efsAccessPointUserIdentityEnforced as check } from './aws.efs.access-point-user-identity-enforced.js';
import { ap } from './efs.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(EFS_ACCESS_POINTS, ap()), expected: [['pass', 'identity-enforced']] },
    { name: 'fails', snapshot: listed(EFS_ACCESS_POINTS, ap({ posixUser: false })), expected: [['fail', 'identity-not-enforced']] },
    {
      name: 'denied listing is an error',
      snapshot: deniedKey(EFS_ACCESS_POINTS, 'elasticfilesystem:Describe'),
      expected: [['error', 'error.denied']],
    },
  ],
};
