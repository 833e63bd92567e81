import { DEMO_ACCOUNT, demoDaysAgo } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const HOME = 'eu-west-1';
const arn = (region: string, name: string, suffix: string) => `arn:aws:secretsmanager:${region}:${DEMO_ACCOUNT}:secret:${name}-${suffix}`;

/** Two secrets in eu-west-1: the billing database password (rotated, CMK) and an old partner API key shared too widely. */
export const secretsManagerDemo: Partial<Record<string, FakeHandlers>> = {
  secretsmanager: {
    ListSecrets: (_input, region) => ({
      SecretList:
        region === HOME
          ? [
              {
                ARN: arn(region, 'prod/billing-db', 'Xy12Ab'),
                Name: 'prod/billing-db',
                RotationEnabled: true,
                LastRotatedDate: demoDaysAgo(12),
                LastAccessedDate: demoDaysAgo(0),
                CreatedDate: demoDaysAgo(420),
                KmsKeyId: `arn:aws:kms:${region}:${DEMO_ACCOUNT}:key/0c1d2e3f-demo-secrets`,
              },
              {
                ARN: arn(region, 'partner/legacy-api-key', 'Qw34Er'),
                Name: 'partner/legacy-api-key',
                RotationEnabled: false,
                LastAccessedDate: demoDaysAgo(160),
                CreatedDate: demoDaysAgo(610),
              },
            ]
          : [],
    }),
    GetResourcePolicy: (input) => {
      const legacy = String(input.SecretId).includes('legacy-api-key');
      return legacy
        ? {
            ARN: input.SecretId,
            ResourcePolicy: JSON.stringify({
              Version: '2012-10-17',
              Statement: [{ Sid: 'PartnerRead', Effect: 'Allow', Principal: '*', Action: 'secretsmanager:GetSecretValue', Resource: '*' }],
            }),
          }
        : { ARN: input.SecretId };
    },
  },
};
