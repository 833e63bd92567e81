import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { RDS_CLUSTERS, RDS_INSTANCES, RDS_SNAPSHOT_RESTORE, RDS_SNAPSHOTS } from './state.js';

let rds = mockClient(RDSClient);
afterEach(() => rds.reset());
const R = 'us-east-1';
type Inv = Awaited<ReturnType<typeof collect>>['inventory'];
const result = (inv: Inv, id: string) => inv[id]![R]!.result;

describe('aws.rds collectors', () => {
  it('follows DescribeDBInstances pages and keeps only the fields checks read', async () => {
    rds
      .on(DescribeDBInstancesCommand)
      .resolvesOnce({
        DBInstances: [{ DBInstanceIdentifier: 'a', DBInstanceArn: 'arn:a', Engine: 'mysql', StorageEncrypted: true }],
        Marker: 'm1',
      })
      .resolvesOnce({ DBInstances: [{ DBInstanceIdentifier: 'b', DBInstanceArn: 'arn:b', DBClusterIdentifier: 'c', MultiAZ: true }] });
    const { inventory } = await collect([RDS_INSTANCES]);
    expect(rds.commandCalls(DescribeDBInstancesCommand)[1]!.args[0].input).toMatchObject({ Marker: 'm1' });
    expect(result(inventory, RDS_INSTANCES.id)).toMatchObject({
      ok: true,
      value: [
        { name: 'a', engine: 'mysql', storageEncrypted: true, multiAz: false, backupRetentionDays: 0, logExports: [] },
        { name: 'b', clusterId: 'c', multiAz: true, storageEncrypted: false },
      ],
    });
  });

  it("reads manual instance and cluster snapshots, then each one's restore attribute", async () => {
    rds
      .on(DescribeDBSnapshotsCommand)
      .resolvesOnce({ DBSnapshots: [{ DBSnapshotIdentifier: 's1', DBSnapshotArn: 'arn:s1' }], Marker: 'm' })
      .resolvesOnce({ DBSnapshots: [{ DBSnapshotIdentifier: 's2', DBSnapshotArn: 'arn:s2' }] });
    rds
      .on(DescribeDBClusterSnapshotsCommand)
      .resolves({ DBClusterSnapshots: [{ DBClusterSnapshotIdentifier: 'cs', DBClusterSnapshotArn: 'arn:cs' }] });
    rds
      .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 's1' })
      .resolves({ DBSnapshotAttributesResult: { DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all'] }] } });
    rds.on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 's2' }).rejects(awsError('AccessDenied', 403));
    rds.on(DescribeDBClusterSnapshotAttributesCommand).resolves({
      DBClusterSnapshotAttributesResult: { DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: [] }] },
    });
    const { inventory } = await collect([RDS_SNAPSHOT_RESTORE]);
    expect(rds.commandCalls(DescribeDBSnapshotsCommand)[0]!.args[0].input).toMatchObject({ SnapshotType: 'manual' });
    expect(result(inventory, RDS_SNAPSHOTS.id)).toMatchObject({
      ok: true,
      value: [{ name: 's1' }, { name: 's2' }, { name: 'cs', kind: 'cluster' }],
    });
    expect(result(inventory, RDS_SNAPSHOT_RESTORE.id)).toEqual({
      ok: true,
      value: {
        'arn:s1': { ok: true, value: ['all'] },
        'arn:s2': { ok: false, error: expect.objectContaining({ kind: 'denied', api: 'rds:DescribeDBSnapshotAttributes' }) },
        'arn:cs': { ok: true, value: [] },
      },
    });
  });

  it('classifies a denied DescribeDBClusters as denied', async () => {
    rds.on(DescribeDBClustersCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([RDS_CLUSTERS]);
    expect(result(inventory, RDS_CLUSTERS.id)).toMatchObject({ ok: false, error: { kind: 'denied', action: 'rds:DescribeDBClusters' } });
  });

  it('a denied snapshot listing fails the restore attributes too, without calling them', async () => {
    rds.on(DescribeDBSnapshotsCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([RDS_SNAPSHOT_RESTORE]);
    expect(result(inventory, RDS_SNAPSHOT_RESTORE.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'rds:DescribeDBSnapshots' },
    });
    expect(rds.commandCalls(DescribeDBSnapshotAttributesCommand)).toHaveLength(0);
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    rds.restore();
    try {
      const list = throttledThen({ DBClusters: [{ DBClusterIdentifier: 'c', DBClusterArn: 'arn:c', MultiAZ: true }] }, 2, 'Throttling');
      const { inventory, stats } = await collect([RDS_CLUSTERS], { client: { configure: fakeService({ DescribeDBClusters: list }) } });
      expect(result(inventory, RDS_CLUSTERS.id)).toMatchObject({ ok: true, value: [{ name: 'c', multiAz: true }] });
      expect(stats.toJSON()['rds:DescribeDBClusters']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      rds = mockClient(RDSClient);
    }
  });
});
