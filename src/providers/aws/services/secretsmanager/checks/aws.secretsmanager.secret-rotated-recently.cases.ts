import { type CheckCases, daysAgo } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { SECRETS } from '../state.js';
import { secretsManagerSecretRotatedRecently as check } from './aws.secretsmanager.secret-rotated-recently.js';
import { secret } from './secrets.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(SECRETS, secret()), expected: [['pass', 'rotated-recently']] },
    { name: 'fails', snapshot: listed(SECRETS, secret({ lastRotated: daysAgo(120) })), expected: [['fail', 'rotation-stale']] },
    {
      name: 'a young never-rotated secret passes',
      snapshot: listed(SECRETS, secret({ lastRotated: undefined, created: daysAgo(30) })),
      expected: [['pass', 'rotated-recently']],
    },
    {
      name: 'an old never-rotated secret fails',
      snapshot: listed(SECRETS, secret({ lastRotated: undefined, created: daysAgo(91) })),
      expected: [['fail', 'rotation-stale']],
    },
    {
      name: 'no dates is not applicable',
      snapshot: listed(SECRETS, secret({ lastRotated: undefined, created: undefined })),
      expected: [['not_applicable', 'no-dates']],
    },
    { name: 'no resources, no findings', snapshot: listed(SECRETS), expected: [] },
    { name: 'denied listing is an error', snapshot: deniedKey(SECRETS, 'svc:List'), expected: [['error', 'error.denied']] },
    { name: 'throttled listing is an error', snapshot: throttledKey(SECRETS, 'svc:List'), expected: [['error', 'error.throttled']] },
  ],
};
