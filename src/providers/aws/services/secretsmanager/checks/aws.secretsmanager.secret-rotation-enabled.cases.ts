import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { SECRETS } from '../state.js';
import { secretsManagerSecretRotationEnabled as check } from './aws.secretsmanager.secret-rotation-enabled.js';
import { secret } from './secrets.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(SECRETS, secret()), expected: [['pass', 'rotation-on']] },
    { name: 'fails', snapshot: listed(SECRETS, secret({ rotationEnabled: false })), expected: [['fail', 'rotation-off']] },
    { name: 'no resources, no findings', snapshot: listed(SECRETS), expected: [] },
    { name: 'denied listing is an error', snapshot: deniedKey(SECRETS, 'svc:List'), expected: [['error', 'error.denied']] },
    { name: 'throttled listing is an error', snapshot: throttledKey(SECRETS, 'svc:List'), expected: [['error', 'error.throttled']] },
  ],
};
