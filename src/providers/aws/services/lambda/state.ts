/** Lambda state the checks read. No SDK imports: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { PolicyDocument } from '../../iam-policy.js';

/** `ListFunctions`, reduced. Environment variable values are never kept, only how many there are. */
export interface LambdaFunction {
  name: string;
  arn: string;
  /** `Zip` or `Image`; an image carries its own runtime, so `runtime` is absent. */
  packageType: string;
  runtime?: string;
  /** Customer-managed key for environment variables; absent means the AWS-managed `aws/lambda` key. */
  kmsKeyArn?: string;
  environmentVariables: number;
  vpcId?: string;
  /** X-Ray tracing mode: `Active` or `PassThrough`. */
  tracingMode?: string;
}

/** One function URL (the function's own or an alias's). */
export interface LambdaFunctionUrl {
  url: string;
  /** `AWS_IAM` or `NONE`. */
  authType: string;
}

/** `ListFunctions` (paginated). */
export const LAMBDA_FUNCTIONS = inventoryKey<LambdaFunction[]>('aws.lambda.functions', 'regional');
/** `ListFunctionUrlConfigs` per function, keyed by function name. */
export const LAMBDA_FUNCTION_URLS = inventoryKey<PerResource<LambdaFunctionUrl[]>>('aws.lambda.functionUrls', 'regional');
/** `GetPolicy` per function, keyed by function name; `null` when the function has no resource policy. */
export const LAMBDA_POLICIES = inventoryKey<PerResource<PolicyDocument | null>>('aws.lambda.policies', 'regional');
