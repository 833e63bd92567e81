import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { IAM_CREDENTIAL_REPORT } from '../state.js';
import { iamUserOneActiveAccessKey as check } from './aws.iam.user-one-active-access-key.js';
import { activeKey, root, user, withReport } from './builders.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'one active key passes',
      snapshot: withReport(user('ann', { key1: activeKey(10) })),
      expected: [['pass', 'at-most-one-active-key']],
    },
    {
      name: 'no key passes, root is left out',
      snapshot: withReport(root({ key1: activeKey(1), key2: activeKey(1) }), user('bob')),
      expected: [['pass', 'at-most-one-active-key']],
    },
    {
      name: 'two active keys fail',
      snapshot: withReport(user('ci', { key1: activeKey(100), key2: activeKey(5) })),
      expected: [['fail', 'several-active-keys']],
    },
    {
      name: 'an inactive second key passes',
      snapshot: withReport(user('dev', { key1: activeKey(100), key2: { active: false } })),
      expected: [['pass', 'at-most-one-active-key']],
    },
    {
      name: 'report denied is an error',
      snapshot: snapshot().global(IAM_CREDENTIAL_REPORT, denied('iam:GetCredentialReport')),
      expected: [['error', 'error.denied']],
    },
  ],
};
