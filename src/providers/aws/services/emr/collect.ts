import { api, perResource, unreadable } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { required } from '../../errors.js';
import { EMR_BLOCK_PUBLIC_ACCESS, EMR_CLUSTERS, type EmrBlockPublicAccess, type EmrCluster, emrClusterArn } from './state.js';

const EMR = awsClient('elasticmapreduce', 'elasticmapreduce', async () => (await import('@aws-sdk/client-emr')).EMRClient);

const GET_BPA = api('elasticmapreduce:GetBlockPublicAccessConfiguration');
const LIST_CLUSTERS = api('elasticmapreduce:ListClusters');
const DESCRIBE_CLUSTER = api('elasticmapreduce:DescribeCluster');
const LIST_INSTANCES = api('elasticmapreduce:ListInstances');

const blockPublicAccess: AwsCollector<EmrBlockPublicAccess> = {
  key: EMR_BLOCK_PUBLIC_ACCESS,
  service: 'emr',
  apis: [GET_BPA],
  async collect(ctx, region) {
    const { GetBlockPublicAccessConfigurationCommand } = await import('@aws-sdk/client-emr');
    const client = await ctx.client(EMR, region);
    const res = await ctx.call(GET_BPA, () => client.send(new GetBlockPublicAccessConfigurationCommand({})));
    const c = res.BlockPublicAccessConfiguration;
    return {
      // A missing flag is a malformed answer, not "off".
      blockPublicSecurityGroupRules: required(c?.BlockPublicSecurityGroupRules, GET_BPA.api, 'BlockPublicSecurityGroupRules'),
      // A range without MaxRange is the single port MinRange.
      permittedRanges: (c?.PermittedPublicSecurityGroupRuleRanges ?? []).map((p) => {
        const min = required(p.MinRange, GET_BPA.api, 'MinRange');
        return [min, p.MaxRange ?? min] as const;
      }),
    };
  },
};

const clusters: AwsCollector<PerResource<EmrCluster>> = {
  key: EMR_CLUSTERS,
  service: 'emr',
  apis: [LIST_CLUSTERS, DESCRIBE_CLUSTER, LIST_INSTANCES],
  async collect(ctx, region) {
    const { paginateListClusters, paginateListInstances, DescribeClusterCommand } = await import('@aws-sdk/client-emr');
    const client = await ctx.client(EMR, region);
    const ids: string[] = [];
    await ctx.call(LIST_CLUSTERS, async () => {
      // Security Hub (EMR.1) judges clusters in these two states only.
      for await (const page of paginateListClusters({ client }, { ClusterStates: ['RUNNING', 'WAITING'] }))
        for (const c of page.Clusters ?? []) if (c.Id) ids.push(c.Id);
    });
    return perResource(
      ids.sort(),
      (id) => id,
      async (id): Promise<Fetched<EmrCluster>> => {
        const described = await ctx.attempt(DESCRIBE_CLUSTER, () => client.send(new DescribeClusterCommand({ ClusterId: id })));
        if (!described.ok) return described;
        const c = described.value?.Cluster;
        if (!c) return unreadable(DESCRIBE_CLUSTER, `DescribeCluster of ${id} returned no cluster`);
        // Primary nodes are named differently in instance-group and instance-fleet clusters.
        const filter =
          c.InstanceCollectionType === 'INSTANCE_FLEET'
            ? { InstanceFleetType: 'MASTER' as const }
            : { InstanceGroupTypes: ['MASTER' as const] };
        const listed = await ctx.attempt(LIST_INSTANCES, async () => {
          const found: { ip?: string }[] = [];
          for await (const page of paginateListInstances({ client }, { ClusterId: id, InstanceStates: ['RUNNING'], ...filter }))
            for (const i of page.Instances ?? []) found.push(i.PublicIpAddress ? { ip: i.PublicIpAddress } : {});
          return found;
        });
        if (!listed.ok) return listed;
        const masters = listed.value ?? [];
        if (masters.length === 0) return unreadable(LIST_INSTANCES, `ListInstances of ${id} returned no running primary node`);
        return ok({
          arn: c.ClusterArn ?? emrClusterArn(ctx.account.partition, region, ctx.account.id, id),
          name: id,
          clusterName: c.Name ?? id,
          masterInstances: masters.length,
          masterPublicIps: masters.flatMap((m) => (m.ip ? [m.ip] : [])),
        });
      },
    );
  },
};

export const emrCollectors: readonly AwsCollector<unknown>[] = [blockPublicAccess, clusters] as readonly AwsCollector<unknown>[];
