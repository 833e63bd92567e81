import type { ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { api } from '../../../../inventory/collector.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { type CacheReplicationGroup, ELASTICACHE_REPLICATION_GROUPS } from './state.js';

export const ELASTICACHE = awsClient<ElastiCacheClient>(
  'elasticache',
  'elasticache',
  async () => (await import('@aws-sdk/client-elasticache')).ElastiCacheClient,
);

const DESCRIBE_GROUPS = api('elasticache:DescribeReplicationGroups');

const groups: AwsCollector<readonly CacheReplicationGroup[]> = {
  key: ELASTICACHE_REPLICATION_GROUPS,
  service: 'elasticache',
  apis: [DESCRIBE_GROUPS],
  async collect(ctx, region) {
    const { paginateDescribeReplicationGroups } = await import('@aws-sdk/client-elasticache');
    const client = await ctx.client(ELASTICACHE, region);
    const out: CacheReplicationGroup[] = [];
    await ctx.call(DESCRIBE_GROUPS, async () => {
      for await (const page of paginateDescribeReplicationGroups({ client, pageSize: 100 }, {})) {
        for (const g of page.ReplicationGroups ?? []) {
          if (!g.ARN || !g.ReplicationGroupId) continue;
          out.push({
            arn: g.ARN,
            name: g.ReplicationGroupId,
            engine: g.Engine ?? 'redis',
            atRest: g.AtRestEncryptionEnabled === true,
            inTransit: g.TransitEncryptionEnabled === true,
            snapshotRetentionDays: g.SnapshotRetentionLimit ?? 0,
            authToken: g.AuthTokenEnabled === true,
            userGroups: g.UserGroupIds ?? [],
            autoMinorVersionUpgrade: g.AutoMinorVersionUpgrade === true,
            multiAz: g.MultiAZ === 'enabled',
            automaticFailover: g.AutomaticFailover === 'enabled' || g.AutomaticFailover === 'enabling',
          });
        }
      }
    });
    return out;
  },
};

export const elastiCacheCollectors: readonly AwsCollector<unknown>[] = [groups] as readonly AwsCollector<unknown>[];
