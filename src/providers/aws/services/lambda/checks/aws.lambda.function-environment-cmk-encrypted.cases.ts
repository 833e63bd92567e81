import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { fn, R } from '../state.fixtures.js';
import { LAMBDA_FUNCTIONS } from '../state.js';
import { lambdaFunctionEnvironmentCmkEncrypted as check } from './aws.lambda.function-environment-cmk-encrypted.js';

const one = (extra: Parameters<typeof fn>[1]) => snapshot().regional(LAMBDA_FUNCTIONS, R, [fn('f', extra)]);

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'variables under a CMK pass',
      snapshot: one({ environmentVariables: 2, kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k' }),
      expected: [['pass', 'cmk']],
    },
    { name: 'variables under the AWS key fail', snapshot: one({ environmentVariables: 2 }), expected: [['fail', 'aws-managed-key']] },
    { name: 'no variables is not applicable', snapshot: one({}), expected: [['not_applicable', 'no-environment']] },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().regional(LAMBDA_FUNCTIONS, R, denied()),
      expected: [['error', 'error.denied']],
    },
  ],
};
