import type { RedshiftClient } from '@aws-sdk/client-redshift';
import { api, perResource } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { REDSHIFT_CLUSTERS, REDSHIFT_LOGGING, REDSHIFT_REQUIRE_SSL, type RedshiftCluster, type RedshiftLogging } from './state.js';

export const REDSHIFT = awsClient<RedshiftClient>(
  'redshift',
  'redshift',
  async () => (await import('@aws-sdk/client-redshift')).RedshiftClient,
);

const DESCRIBE_CLUSTERS = api('redshift:DescribeClusters');
const DESCRIBE_LOGGING = api('redshift:DescribeLoggingStatus');
const DESCRIBE_PARAMETERS = api('redshift:DescribeClusterParameters');

const clusters: AwsCollector<readonly RedshiftCluster[]> = {
  key: REDSHIFT_CLUSTERS,
  service: 'redshift',
  apis: [DESCRIBE_CLUSTERS],
  async collect(ctx, region) {
    const { paginateDescribeClusters } = await import('@aws-sdk/client-redshift');
    const client = await ctx.client(REDSHIFT, region);
    const out: RedshiftCluster[] = [];
    await ctx.call(DESCRIBE_CLUSTERS, async () => {
      for await (const page of paginateDescribeClusters({ client, pageSize: 100 }, {})) {
        for (const c of page.Clusters ?? []) {
          if (!c.ClusterIdentifier) continue;
          out.push({
            // DescribeClusters carries no cluster ARN; this is its documented form.
            arn: `arn:${ctx.account.partition}:redshift:${region}:${ctx.account.id}:cluster:${c.ClusterIdentifier}`,
            name: c.ClusterIdentifier,
            encrypted: c.Encrypted === true,
            publiclyAccessible: c.PubliclyAccessible === true,
            enhancedVpcRouting: c.EnhancedVpcRouting === true,
            snapshotRetentionDays: c.AutomatedSnapshotRetentionPeriod ?? 0,
            allowVersionUpgrade: c.AllowVersionUpgrade === true,
            parameterGroups: (c.ClusterParameterGroups ?? []).flatMap((g) => (g.ParameterGroupName ? [g.ParameterGroupName] : [])),
          });
        }
      }
    });
    return out;
  },
};

const logging: AwsCollector<PerResource<RedshiftLogging>> = {
  key: REDSHIFT_LOGGING,
  service: 'redshift',
  apis: [DESCRIBE_LOGGING],
  dependsOn: [REDSHIFT_CLUSTERS],
  async collect(ctx, region) {
    const { DescribeLoggingStatusCommand } = await import('@aws-sdk/client-redshift');
    const list = await ctx.need(REDSHIFT_CLUSTERS, region);
    const client = await ctx.client(REDSHIFT, region);
    return perResource(
      list,
      (c) => c.name,
      async (c): Promise<Fetched<RedshiftLogging>> => {
        const res = await ctx.attempt(DESCRIBE_LOGGING, () => client.send(new DescribeLoggingStatusCommand({ ClusterIdentifier: c.name })));
        if (!res.ok) return res;
        const enabled = res.value?.LoggingEnabled === true;
        const destination = res.value?.LogDestinationType;
        return ok({ enabled, ...(enabled && destination ? { destination } : {}) });
      },
    );
  },
};

// Several clusters often share a parameter group, so each distinct group is read once.
const requireSsl: AwsCollector<PerResource<string | null>> = {
  key: REDSHIFT_REQUIRE_SSL,
  service: 'redshift',
  apis: [DESCRIBE_PARAMETERS],
  dependsOn: [REDSHIFT_CLUSTERS],
  async collect(ctx, region) {
    const { paginateDescribeClusterParameters } = await import('@aws-sdk/client-redshift');
    const list = await ctx.need(REDSHIFT_CLUSTERS, region);
    const client = await ctx.client(REDSHIFT, region);
    const groups = [...new Set(list.flatMap((c) => c.parameterGroups))].sort();
    return perResource(
      groups,
      (g) => g,
      (group) =>
        ctx.attempt(DESCRIBE_PARAMETERS, async () => {
          for await (const page of paginateDescribeClusterParameters({ client, pageSize: 100 }, { ParameterGroupName: group })) {
            const hit = (page.Parameters ?? []).find((p) => p.ParameterName === 'require_ssl');
            if (hit) return hit.ParameterValue ?? null;
          }
          return null;
        }),
    );
  },
};

export const redshiftCollectors: readonly AwsCollector<unknown>[] = [clusters, logging, requireSsl] as readonly AwsCollector<unknown>[];
