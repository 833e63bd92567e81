import type { AwsService } from '../../service.js';
import { lambdaFunctionEnvironmentCmkEncrypted } from './checks/aws.lambda.function-environment-cmk-encrypted.js';
import { lambdaFunctionInVpc } from './checks/aws.lambda.function-in-vpc.js';
import { lambdaFunctionPolicyNotPublic } from './checks/aws.lambda.function-policy-not-public.js';
import { lambdaFunctionRuntimeSupported } from './checks/aws.lambda.function-runtime-supported.js';
import { lambdaFunctionTracingEnabled } from './checks/aws.lambda.function-tracing-enabled.js';
import { lambdaFunctionUrlNotPublic } from './checks/aws.lambda.function-url-not-public.js';
import { lambdaCollectors } from './collect.js';
import { demo } from './demo.js';

export const lambda: AwsService = {
  id: 'lambda',
  collectors: lambdaCollectors,
  checks: [
    lambdaFunctionEnvironmentCmkEncrypted,
    lambdaFunctionInVpc,
    lambdaFunctionPolicyNotPublic,
    lambdaFunctionRuntimeSupported,
    lambdaFunctionTracingEnabled,
    lambdaFunctionUrlNotPublic,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
