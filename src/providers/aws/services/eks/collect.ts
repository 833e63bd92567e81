import { api, perResource, unreadable } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { EKS_CLUSTERS, type EksCluster, eksClusterArn } from './state.js';

const EKS = awsClient('eks', 'eks', async () => (await import('@aws-sdk/client-eks')).EKSClient);

const LIST_CLUSTERS = api('eks:ListClusters');
const DESCRIBE_CLUSTER = api('eks:DescribeCluster');

const clusters: AwsCollector<PerResource<EksCluster>> = {
  key: EKS_CLUSTERS,
  service: 'eks',
  apis: [LIST_CLUSTERS, DESCRIBE_CLUSTER],
  async collect(ctx, region) {
    const { paginateListClusters, DescribeClusterCommand } = await import('@aws-sdk/client-eks');
    const client = await ctx.client(EKS, region);
    const names: string[] = [];
    await ctx.call(LIST_CLUSTERS, async () => {
      for await (const page of paginateListClusters({ client, pageSize: 100 }, {})) names.push(...(page.clusters ?? []));
    });
    // ListClusters returns names only; the settings the checks judge need DescribeCluster each.
    return perResource(
      names.sort(),
      (n) => n,
      async (name): Promise<Fetched<EksCluster>> => {
        const res = await ctx.attempt(DESCRIBE_CLUSTER, () => client.send(new DescribeClusterCommand({ name })));
        if (!res.ok) return res;
        const c = res.value?.cluster;
        if (!c?.version || !c.resourcesVpcConfig)
          return unreadable(DESCRIBE_CLUSTER, `DescribeCluster of ${name} returned no version or VPC config`);
        const vpc = c.resourcesVpcConfig;
        const secrets = (c.encryptionConfig ?? []).find((e) => e.resources?.includes('secrets'));
        return ok({
          name,
          arn: c.arn ?? eksClusterArn(ctx.account.partition, region, ctx.account.id, name),
          version: c.version,
          endpointPublicAccess: vpc.endpointPublicAccess ?? true,
          endpointPrivateAccess: vpc.endpointPrivateAccess ?? false,
          publicAccessCidrs: vpc.publicAccessCidrs ?? [],
          enabledLogTypes: (c.logging?.clusterLogging ?? []).filter((l) => l.enabled).flatMap((l) => l.types ?? []),
          ...(secrets?.provider?.keyArn ? { secretsKeyArn: secrets.provider.keyArn } : {}),
        });
      },
    );
  },
};

export const eksCollectors: readonly AwsCollector<unknown>[] = [clusters] as readonly AwsCollector<unknown>[];
