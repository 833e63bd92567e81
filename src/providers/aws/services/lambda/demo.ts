/** The demo estate's Lambda functions: a patched, IAM-fronted API and a forgotten public webhook on an old runtime. */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import { awsError, type FakeHandlers } from '../../simulator.js';

const arn = (region: string, name: string) => `arn:aws:lambda:${region}:${DEMO_ACCOUNT}:function:${name}`;

const FUNCTIONS: Record<string, Record<string, unknown>[]> = {
  'eu-west-1': [
    {
      FunctionName: 'orders-api',
      Runtime: 'python3.13',
      PackageType: 'Zip',
      KMSKeyArn: `arn:aws:kms:eu-west-1:${DEMO_ACCOUNT}:key/5f1c0d2e-demo`,
      Environment: { Variables: { TABLE: 'orders' } },
      VpcConfig: { VpcId: 'vpc-0a1b2c3d', SubnetIds: ['subnet-1'] },
      TracingConfig: { Mode: 'Active' },
    },
    {
      FunctionName: 'legacy-webhook',
      Runtime: 'nodejs16.x',
      PackageType: 'Zip',
      Environment: { Variables: { HOOK_TOKEN: 'redacted-in-demo' } },
      TracingConfig: { Mode: 'PassThrough' },
    },
  ],
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  lambda: {
    ListFunctions: (_input, region) => ({
      Functions: (FUNCTIONS[region] ?? []).map((f) => ({ ...f, FunctionArn: arn(region, f.FunctionName as string) })),
    }),
    ListFunctionUrlConfigs: (input, region) =>
      input.FunctionName === 'legacy-webhook'
        ? {
            FunctionUrlConfigs: [
              { FunctionUrl: 'https://hook.lambda-url.eu-west-1.on.aws/', FunctionArn: arn(region, 'legacy-webhook'), AuthType: 'NONE' },
            ],
          }
        : { FunctionUrlConfigs: [] },
    GetPolicy: (input, region) => {
      if (input.FunctionName !== 'legacy-webhook') throw awsError('ResourceNotFoundException', 404);
      return {
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'FunctionURLAllowPublicAccess',
              Effect: 'Allow',
              Principal: '*',
              Action: 'lambda:InvokeFunctionUrl',
              Resource: arn(region, 'legacy-webhook'),
              Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
            },
          ],
        }),
      };
    },
  },
};
