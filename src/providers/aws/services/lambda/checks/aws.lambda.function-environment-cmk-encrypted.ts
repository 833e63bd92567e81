import type { Check } from '../../../../../model/check.js';
import { fail, notApplicable, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { LAMBDA_FUNCTIONS } from '../state.js';

const TYPE = 'AWS::Lambda::Function';

export const lambdaFunctionEnvironmentCmkEncrypted: Check = {
  meta: {
    id: 'aws.lambda.function-environment-cmk-encrypted',
    title: 'Lambda environment variables are encrypted with a customer-managed key',
    provider: 'aws',
    service: 'lambda',
    resourceType: TYPE,
    severity: 'low',
    requires: [LAMBDA_FUNCTIONS],
    rationale:
      'Lambda always encrypts environment variables at rest, by default with the AWS-managed aws/lambda key, which anyone who can ' +
      'read the function configuration can have decrypted. Passes when a function with environment variables names a customer-managed ' +
      'KMS key (KMSKeyArn), whose key policy then decides who may read them and whose use is logged per key. Fails when it relies ' +
      'on the AWS-managed key. Functions without environment variables are not applicable.',
    remediation: {
      text: "Create a customer-managed KMS key and set it as the function's environment encryption key; better, keep secrets in Secrets Manager.",
      console: 'Lambda → function → Configuration → Environment variables → Edit → Encryption configuration',
      cli: 'aws lambda update-function-configuration --function-name <name> --kms-key-arn <key-arn>',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, LAMBDA_FUNCTIONS, TYPE, (f, resource) => {
      if (f.environmentVariables === 0)
        return notApplicable(resource, 'no-environment', `Function ${f.name} has no environment variables.`);
      return f.kmsKeyArn
        ? pass(resource, 'cmk', `Function ${f.name}'s environment variables are encrypted with ${f.kmsKeyArn}.`, { kmsKeyArn: f.kmsKeyArn })
        : fail(resource, 'aws-managed-key', `Function ${f.name}'s environment variables use the AWS-managed aws/lambda key.`, {
            environmentVariables: f.environmentVariables,
          });
    });
  },
};
