import type { RDSClient } from '@aws-sdk/client-rds';
import { api, perResource, unreadable } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import {
  RDS_CLUSTERS,
  RDS_INSTANCES,
  RDS_SNAPSHOT_RESTORE,
  RDS_SNAPSHOTS,
  type RdsCluster,
  type RdsInstance,
  type RdsSnapshot,
} from './state.js';

export const RDS = awsClient<RDSClient>('rds', 'rds', async () => (await import('@aws-sdk/client-rds')).RDSClient);

const DESCRIBE_INSTANCES = api('rds:DescribeDBInstances');
const DESCRIBE_CLUSTERS = api('rds:DescribeDBClusters');
const DESCRIBE_SNAPSHOTS = api('rds:DescribeDBSnapshots');
const DESCRIBE_CLUSTER_SNAPSHOTS = api('rds:DescribeDBClusterSnapshots');
const SNAPSHOT_ATTRIBUTES = api('rds:DescribeDBSnapshotAttributes');
const CLUSTER_SNAPSHOT_ATTRIBUTES = api('rds:DescribeDBClusterSnapshotAttributes');

const instances: AwsCollector<readonly RdsInstance[]> = {
  key: RDS_INSTANCES,
  service: 'rds',
  apis: [DESCRIBE_INSTANCES],
  async collect(ctx, region) {
    const { paginateDescribeDBInstances } = await import('@aws-sdk/client-rds');
    const client = await ctx.client(RDS, region);
    const out: RdsInstance[] = [];
    await ctx.call(DESCRIBE_INSTANCES, async () => {
      for await (const page of paginateDescribeDBInstances({ client, pageSize: 100 }, {})) {
        for (const d of page.DBInstances ?? []) {
          if (!d.DBInstanceArn || !d.DBInstanceIdentifier) continue;
          // RDS always returns these flags; a missing one reads as off, which is how RDS reports "not set".
          out.push({
            arn: d.DBInstanceArn,
            name: d.DBInstanceIdentifier,
            engine: d.Engine ?? 'unknown',
            engineVersion: d.EngineVersion ?? 'unknown',
            ...(d.DBClusterIdentifier ? { clusterId: d.DBClusterIdentifier } : {}),
            storageEncrypted: d.StorageEncrypted === true,
            autoMinorVersionUpgrade: d.AutoMinorVersionUpgrade === true,
            publiclyAccessible: d.PubliclyAccessible === true,
            multiAz: d.MultiAZ === true,
            backupRetentionDays: d.BackupRetentionPeriod ?? 0,
            deletionProtection: d.DeletionProtection === true,
            iamAuth: d.IAMDatabaseAuthenticationEnabled === true,
            logExports: d.EnabledCloudwatchLogsExports ?? [],
            copyTagsToSnapshot: d.CopyTagsToSnapshot === true,
            monitoringInterval: d.MonitoringInterval ?? 0,
          });
        }
      }
    });
    return out;
  },
};

const clusters: AwsCollector<readonly RdsCluster[]> = {
  key: RDS_CLUSTERS,
  service: 'rds',
  apis: [DESCRIBE_CLUSTERS],
  async collect(ctx, region) {
    const { paginateDescribeDBClusters } = await import('@aws-sdk/client-rds');
    const client = await ctx.client(RDS, region);
    const out: RdsCluster[] = [];
    await ctx.call(DESCRIBE_CLUSTERS, async () => {
      for await (const page of paginateDescribeDBClusters({ client, pageSize: 100 }, {})) {
        for (const c of page.DBClusters ?? []) {
          if (!c.DBClusterArn || !c.DBClusterIdentifier) continue;
          out.push({
            arn: c.DBClusterArn,
            name: c.DBClusterIdentifier,
            engine: c.Engine ?? 'unknown',
            engineVersion: c.EngineVersion ?? 'unknown',
            storageEncrypted: c.StorageEncrypted === true,
            multiAz: c.MultiAZ === true,
            backupRetentionDays: c.BackupRetentionPeriod ?? 0,
            deletionProtection: c.DeletionProtection === true,
            iamAuth: c.IAMDatabaseAuthenticationEnabled === true,
            logExports: c.EnabledCloudwatchLogsExports ?? [],
            copyTagsToSnapshot: c.CopyTagsToSnapshot === true,
          });
        }
      }
    });
    return out;
  },
};

const snapshots: AwsCollector<readonly RdsSnapshot[]> = {
  key: RDS_SNAPSHOTS,
  service: 'rds',
  apis: [DESCRIBE_SNAPSHOTS, DESCRIBE_CLUSTER_SNAPSHOTS],
  async collect(ctx, region) {
    const { paginateDescribeDBSnapshots, paginateDescribeDBClusterSnapshots } = await import('@aws-sdk/client-rds');
    const client = await ctx.client(RDS, region);
    const out: RdsSnapshot[] = [];
    // Only manual snapshots can be shared; automated ones are copied before sharing.
    await ctx.call(DESCRIBE_SNAPSHOTS, async () => {
      for await (const page of paginateDescribeDBSnapshots({ client, pageSize: 100 }, { SnapshotType: 'manual' })) {
        for (const s of page.DBSnapshots ?? []) {
          if (s.DBSnapshotArn && s.DBSnapshotIdentifier)
            out.push({ arn: s.DBSnapshotArn, name: s.DBSnapshotIdentifier, kind: 'instance', source: s.DBInstanceIdentifier ?? '' });
        }
      }
    });
    await ctx.call(DESCRIBE_CLUSTER_SNAPSHOTS, async () => {
      for await (const page of paginateDescribeDBClusterSnapshots({ client, pageSize: 100 }, { SnapshotType: 'manual' })) {
        for (const s of page.DBClusterSnapshots ?? []) {
          if (s.DBClusterSnapshotArn && s.DBClusterSnapshotIdentifier)
            out.push({
              arn: s.DBClusterSnapshotArn,
              name: s.DBClusterSnapshotIdentifier,
              kind: 'cluster',
              source: s.DBClusterIdentifier ?? '',
            });
        }
      }
    });
    return out;
  },
};

// No bulk call reports sharing, so each manual snapshot's attributes are read on their own.
const restore: AwsCollector<PerResource<readonly string[]>> = {
  key: RDS_SNAPSHOT_RESTORE,
  service: 'rds',
  apis: [SNAPSHOT_ATTRIBUTES, CLUSTER_SNAPSHOT_ATTRIBUTES],
  dependsOn: [RDS_SNAPSHOTS],
  async collect(ctx, region) {
    const { DescribeDBSnapshotAttributesCommand, DescribeDBClusterSnapshotAttributesCommand } = await import('@aws-sdk/client-rds');
    const list = await ctx.need(RDS_SNAPSHOTS, region);
    const client = await ctx.client(RDS, region);
    return perResource(
      list,
      (s) => s.arn,
      async (s): Promise<Fetched<readonly string[]>> => {
        if (s.kind === 'instance') {
          const res = await ctx.attempt(SNAPSHOT_ATTRIBUTES, () =>
            client.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: s.name })),
          );
          if (!res.ok) return res;
          const attrs = res.value?.DBSnapshotAttributesResult?.DBSnapshotAttributes;
          if (!attrs) return unreadable(SNAPSHOT_ATTRIBUTES, 'DescribeDBSnapshotAttributes returned no attributes');
          return ok(attrs.find((a) => a.AttributeName === 'restore')?.AttributeValues ?? []);
        }
        const res = await ctx.attempt(CLUSTER_SNAPSHOT_ATTRIBUTES, () =>
          client.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: s.name })),
        );
        if (!res.ok) return res;
        const attrs = res.value?.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes;
        if (!attrs) return unreadable(CLUSTER_SNAPSHOT_ATTRIBUTES, 'DescribeDBClusterSnapshotAttributes returned no attributes');
        return ok(attrs.find((a) => a.AttributeName === 'restore')?.AttributeValues ?? []);
      },
    );
  },
};

export const rdsCollectors: readonly AwsCollector<unknown>[] = [
  instances,
  clusters,
  snapshots,
  restore,
] as readonly AwsCollector<unknown>[];
