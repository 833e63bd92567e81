import { type CheckCases, daysAgo } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { SECRETS } from '../state.js';
import { secretsManagerSecretRecentlyUsed as check } from './aws.secretsmanager.secret-recently-used.js';
import { secret } from './secrets.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(SECRETS, secret()), expected: [['pass', 'in-use']] },
    { name: 'fails', snapshot: listed(SECRETS, secret({ lastAccessed: daysAgo(200) })), expected: [['fail', 'unused']] },
    {
      name: 'a new unread secret passes',
      snapshot: listed(SECRETS, secret({ lastAccessed: undefined, created: daysAgo(5) })),
      expected: [['pass', 'new']],
    },
    {
      name: 'an old never-read secret fails',
      snapshot: listed(SECRETS, secret({ lastAccessed: undefined })),
      expected: [['fail', 'never-used']],
    },
    { name: 'no resources, no findings', snapshot: listed(SECRETS), expected: [] },
    { name: 'denied listing is an error', snapshot: deniedKey(SECRETS, 'svc:List'), expected: [['error', 'error.denied']] },
    { name: 'throttled listing is an error', snapshot: throttledKey(SECRETS, 'svc:List'), expected: [['error', 'error.throttled']] },
  ],
};
