import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const HOME = 'eu-west-1';
const arn = (region: string, name: string) => `arn:aws:dynamodb:${region}:${DEMO_ACCOUNT}:table/${name}`;

/** Two tables in eu-west-1: customer sessions done right, a feature-flag table left on defaults. */
const TABLES: Record<string, { kms: boolean; protect: boolean; pitr: boolean }> = {
  'customer-sessions': { kms: true, protect: true, pitr: true },
  'feature-flags': { kms: false, protect: false, pitr: false },
};

export const dynamoDbDemo: Partial<Record<string, FakeHandlers>> = {
  dynamodb: {
    ListTables: (_input, region) => ({ TableNames: region === HOME ? Object.keys(TABLES) : [] }),
    DescribeTable: (input, region) => {
      const name = String(input.TableName);
      const t = TABLES[name]!;
      return {
        Table: {
          TableName: name,
          TableArn: arn(region, name),
          DeletionProtectionEnabled: t.protect,
          ...(t.kms
            ? {
                SSEDescription: {
                  Status: 'ENABLED',
                  SSEType: 'KMS',
                  KMSMasterKeyArn: `arn:aws:kms:${region}:${DEMO_ACCOUNT}:key/5f2b7c1e-demo-sessions`,
                },
              }
            : {}),
        },
      };
    },
    DescribeContinuousBackups: (input) => ({
      ContinuousBackupsDescription: {
        ContinuousBackupsStatus: 'ENABLED',
        PointInTimeRecoveryDescription: TABLES[String(input.TableName)]!.pitr
          ? { PointInTimeRecoveryStatus: 'ENABLED', RecoveryPeriodInDays: 35 }
          : { PointInTimeRecoveryStatus: 'DISABLED' },
      },
    }),
  },
};
