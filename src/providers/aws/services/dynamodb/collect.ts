import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { api, perResource, unreadable } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { DYNAMODB_BACKUPS, DYNAMODB_TABLE_NAMES, DYNAMODB_TABLES, type DynamoBackups, type DynamoTable } from './state.js';

export const DYNAMODB = awsClient<DynamoDBClient>(
  'dynamodb',
  'dynamodb',
  async () => (await import('@aws-sdk/client-dynamodb')).DynamoDBClient,
);

const LIST_TABLES = api('dynamodb:ListTables');
const DESCRIBE_TABLE = api('dynamodb:DescribeTable');
const DESCRIBE_BACKUPS = api('dynamodb:DescribeContinuousBackups');

const names: AwsCollector<readonly string[]> = {
  key: DYNAMODB_TABLE_NAMES,
  service: 'dynamodb',
  apis: [LIST_TABLES],
  async collect(ctx, region) {
    const { paginateListTables } = await import('@aws-sdk/client-dynamodb');
    const client = await ctx.client(DYNAMODB, region);
    const out: string[] = [];
    await ctx.call(LIST_TABLES, async () => {
      for await (const page of paginateListTables({ client, pageSize: 100 }, {})) out.push(...(page.TableNames ?? []));
    });
    return out.sort();
  },
};

const tables: AwsCollector<PerResource<DynamoTable>> = {
  key: DYNAMODB_TABLES,
  service: 'dynamodb',
  apis: [DESCRIBE_TABLE],
  dependsOn: [DYNAMODB_TABLE_NAMES],
  async collect(ctx, region) {
    const { DescribeTableCommand } = await import('@aws-sdk/client-dynamodb');
    const client = await ctx.client(DYNAMODB, region);
    return perResource(
      await ctx.need(DYNAMODB_TABLE_NAMES, region),
      (n) => n,
      async (name): Promise<Fetched<DynamoTable>> => {
        const res = await ctx.attempt(DESCRIBE_TABLE, () => client.send(new DescribeTableCommand({ TableName: name })));
        if (!res.ok) return res;
        const t = res.value?.Table;
        if (!t?.TableArn) return unreadable(DESCRIBE_TABLE, 'DescribeTable returned no table');
        // No SSEDescription means the AWS owned key; an SSEDescription always names a KMS key.
        const sse = t.SSEDescription;
        const kms = sse?.Status === 'ENABLED' || sse?.Status === 'UPDATING';
        return ok({
          arn: t.TableArn,
          encryption: kms ? 'KMS' : 'OWNED',
          ...(kms && sse?.KMSMasterKeyArn ? { kmsKeyArn: sse.KMSMasterKeyArn } : {}),
          deletionProtection: t.DeletionProtectionEnabled === true,
        });
      },
    );
  },
};

const backups: AwsCollector<PerResource<DynamoBackups>> = {
  key: DYNAMODB_BACKUPS,
  service: 'dynamodb',
  apis: [DESCRIBE_BACKUPS],
  dependsOn: [DYNAMODB_TABLE_NAMES],
  async collect(ctx, region) {
    const { DescribeContinuousBackupsCommand } = await import('@aws-sdk/client-dynamodb');
    const client = await ctx.client(DYNAMODB, region);
    return perResource(
      await ctx.need(DYNAMODB_TABLE_NAMES, region),
      (n) => n,
      async (name): Promise<Fetched<DynamoBackups>> => {
        const res = await ctx.attempt(DESCRIBE_BACKUPS, () => client.send(new DescribeContinuousBackupsCommand({ TableName: name })));
        if (!res.ok) return res;
        const pitr = res.value?.ContinuousBackupsDescription?.PointInTimeRecoveryDescription;
        if (!pitr?.PointInTimeRecoveryStatus)
          return unreadable(DESCRIBE_BACKUPS, 'DescribeContinuousBackups returned no point-in-time recovery status');
        return ok({
          pitr: pitr.PointInTimeRecoveryStatus,
          ...(pitr.RecoveryPeriodInDays !== undefined ? { pitrRecoveryDays: pitr.RecoveryPeriodInDays } : {}),
        });
      },
    );
  },
};

export const dynamoDbCollectors: readonly AwsCollector<unknown>[] = [names, tables, backups] as readonly AwsCollector<unknown>[];
