import { DatabaseMigrationServiceClient, DescribeReplicationInstancesCommand } from '@aws-sdk/client-database-migration-service';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { DMS_REPLICATION_INSTANCES } from './state.js';

let dms = mockClient(DatabaseMigrationServiceClient);
afterEach(() => dms.reset());

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory']) => inv[DMS_REPLICATION_INSTANCES.id]![R]!.result;

describe('aws.dms.replicationInstances', () => {
  it('follows DescribeReplicationInstances pages and keeps the judged fields', async () => {
    dms
      .on(DescribeReplicationInstancesCommand)
      .resolvesOnce({
        ReplicationInstances: [
          {
            ReplicationInstanceIdentifier: 'a',
            ReplicationInstanceArn: 'arn:a',
            PubliclyAccessible: true,
            AutoMinorVersionUpgrade: false,
            MultiAZ: true,
          },
        ],
        Marker: 'm',
      })
      .resolvesOnce({
        ReplicationInstances: [
          {
            ReplicationInstanceIdentifier: 'b',
            ReplicationInstanceArn: 'arn:b',
            PubliclyAccessible: false,
            AutoMinorVersionUpgrade: true,
            MultiAZ: false,
          },
        ],
      });
    const { inventory } = await collect([DMS_REPLICATION_INSTANCES]);
    expect(dms.commandCalls(DescribeReplicationInstancesCommand)[1]!.args[0].input).toMatchObject({ Marker: 'm' });
    expect(result(inventory)).toEqual({
      ok: true,
      value: [
        { arn: 'arn:a', name: 'a', publiclyAccessible: true, autoMinorVersionUpgrade: false, multiAz: true },
        { arn: 'arn:b', name: 'b', publiclyAccessible: false, autoMinorVersionUpgrade: true, multiAz: false },
      ],
    });
  });

  it('reports an instance without PubliclyAccessible as an error, never as private (the creation default is public)', async () => {
    dms.on(DescribeReplicationInstancesCommand).resolves({
      ReplicationInstances: [
        { ReplicationInstanceIdentifier: 'a', ReplicationInstanceArn: 'arn:a', AutoMinorVersionUpgrade: true, MultiAZ: true },
      ],
    });
    const { inventory } = await collect([DMS_REPLICATION_INSTANCES]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { api: 'dms:DescribeReplicationInstances' } });
    expect(JSON.stringify(result(inventory))).toContain('PubliclyAccessible');
  });

  it('records AccessDenied as denied', async () => {
    dms.on(DescribeReplicationInstancesCommand).rejects(awsError('AccessDeniedFault', 403));
    const { inventory } = await collect([DMS_REPLICATION_INSTANCES]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'dms:DescribeReplicationInstances' } });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    dms.restore();
    try {
      const list = throttledThen({ ReplicationInstances: [] });
      const { inventory, stats } = await collect([DMS_REPLICATION_INSTANCES], {
        client: { configure: fakeService({ DescribeReplicationInstances: list }) },
      });
      expect(result(inventory)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['dms:DescribeReplicationInstances']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      dms = mockClient(DatabaseMigrationServiceClient);
    }
  });
});
