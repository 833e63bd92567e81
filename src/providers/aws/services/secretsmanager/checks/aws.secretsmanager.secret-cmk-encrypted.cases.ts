import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { SECRETS } from '../state.js';
import { secretsManagerSecretCmkEncrypted as check } from './aws.secretsmanager.secret-cmk-encrypted.js';
import { secret } from './secrets.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(SECRETS, secret()), expected: [['pass', 'customer-key']] },
    { name: 'fails', snapshot: listed(SECRETS, secret({ kmsKeyId: undefined })), expected: [['fail', 'aws-managed-key']] },
    {
      name: 'the AWS managed alias fails',
      snapshot: listed(SECRETS, secret({ kmsKeyId: 'alias/aws/secretsmanager' })),
      expected: [['fail', 'aws-managed-key']],
    },
    { name: 'no resources, no findings', snapshot: listed(SECRETS), expected: [] },
    { name: 'denied listing is an error', snapshot: deniedKey(SECRETS, 'svc:List'), expected: [['error', 'error.denied']] },
    { name: 'throttled listing is an error', snapshot: throttledKey(SECRETS, 'svc:List'), expected: [['error', 'error.throttled']] },
  ],
};
