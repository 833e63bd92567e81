/** Builders for the Lambda case tables. */
import { ACCOUNT } from '../../../../../test/support/snapshot.js';
import type { LambdaFunction } from './state.js';

export const R = 'us-east-1';

export function fn(name: string, extra: Partial<LambdaFunction> = {}): LambdaFunction {
  return {
    name,
    arn: `arn:aws:lambda:${R}:${ACCOUNT}:function:${name}`,
    packageType: 'Zip',
    runtime: 'python3.13',
    environmentVariables: 0,
    ...extra,
  };
}
