import { DescribeContinuousBackupsCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { DYNAMODB_BACKUPS, DYNAMODB_TABLES } from './state.js';

let ddb = mockClient(DynamoDBClient);
afterEach(() => ddb.reset());
const R = 'us-east-1';
type Inv = Awaited<ReturnType<typeof collect>>['inventory'];
const result = (inv: Inv, id: string) => inv[id]![R]!.result;

describe('aws.dynamodb collectors', () => {
  it('follows ListTables pages once for both per-table keys', async () => {
    ddb
      .on(ListTablesCommand)
      .resolvesOnce({ TableNames: ['a'], LastEvaluatedTableName: 'a' })
      .resolvesOnce({ TableNames: ['b'] });
    ddb
      .on(DescribeTableCommand, { TableName: 'a' })
      .resolves({ Table: { TableArn: 'arn:a', SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: 'arn:k' } } });
    ddb.on(DescribeTableCommand, { TableName: 'b' }).resolves({ Table: { TableArn: 'arn:b', DeletionProtectionEnabled: true } });
    ddb.on(DescribeContinuousBackupsCommand, { TableName: 'a' }).resolves({
      ContinuousBackupsDescription: {
        ContinuousBackupsStatus: 'ENABLED',
        PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED' },
      },
    });
    ddb.on(DescribeContinuousBackupsCommand, { TableName: 'b' }).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([DYNAMODB_TABLES, DYNAMODB_BACKUPS]);
    expect(ddb.commandCalls(ListTablesCommand)).toHaveLength(2);
    expect(ddb.commandCalls(ListTablesCommand)[1]!.args[0].input).toMatchObject({ ExclusiveStartTableName: 'a' });
    expect(result(inventory, DYNAMODB_TABLES.id)).toEqual({
      ok: true,
      value: {
        a: { ok: true, value: { arn: 'arn:a', encryption: 'KMS', kmsKeyArn: 'arn:k', deletionProtection: false } },
        b: { ok: true, value: { arn: 'arn:b', encryption: 'OWNED', deletionProtection: true } },
      },
    });
    expect(result(inventory, DYNAMODB_BACKUPS.id)).toEqual({
      ok: true,
      value: {
        a: { ok: true, value: { pitr: 'ENABLED' } },
        b: { ok: false, error: expect.objectContaining({ kind: 'denied', api: 'dynamodb:DescribeContinuousBackups' }) },
      },
    });
  });

  it('a denied ListTables fails both keys as denied', async () => {
    ddb.on(ListTablesCommand).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([DYNAMODB_TABLES, DYNAMODB_BACKUPS]);
    expect(result(inventory, DYNAMODB_TABLES.id)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'dynamodb:ListTables' } });
    expect(result(inventory, DYNAMODB_BACKUPS.id)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'dynamodb:ListTables' } });
    expect(ddb.commandCalls(DescribeTableCommand)).toHaveLength(0);
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    ddb.restore();
    try {
      const list = throttledThen({ TableNames: ['a'] }, 2);
      const { inventory, stats } = await collect([DYNAMODB_TABLES], {
        client: { configure: fakeService({ ListTables: list, DescribeTable: () => ({ Table: { TableArn: 'arn:a' } }) }) },
      });
      expect(result(inventory, DYNAMODB_TABLES.id)).toMatchObject({ ok: true, value: { a: { ok: true, value: { encryption: 'OWNED' } } } });
      expect(stats.toJSON()['dynamodb:ListTables']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      ddb = mockClient(DynamoDBClient);
    }
  });
});
