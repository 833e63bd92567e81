import type { KafkaClient } from '@aws-sdk/client-kafka';
import { api } from '../../../../inventory/collector.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { required } from '../../errors.js';
import { MSK_CLUSTERS, type MskCluster } from './state.js';

const KAFKA = awsClient<KafkaClient>('kafka', 'kafka', async () => (await import('@aws-sdk/client-kafka')).KafkaClient);

const LIST_CLUSTERS = api('kafka:ListClustersV2');

const clusters: AwsCollector<readonly MskCluster[]> = {
  key: MSK_CLUSTERS,
  service: 'kafka',
  apis: [LIST_CLUSTERS],
  async collect(ctx, region) {
    const { paginateListClustersV2 } = await import('@aws-sdk/client-kafka');
    const client = await ctx.client(KAFKA, region);
    const out: MskCluster[] = [];
    // ListClustersV2 returns provisioned and serverless clusters with their full settings: no describe per cluster.
    await ctx.call(LIST_CLUSTERS, async () => {
      for await (const page of paginateListClustersV2({ client, pageSize: 100 }, {})) {
        for (const c of page.ClusterInfoList ?? []) {
          if (!c.ClusterArn || !c.ClusterName) continue;
          const type = required(c.ClusterType, 'ListClustersV2', `ClusterType for ${c.ClusterName}`);
          const base = { arn: c.ClusterArn, name: c.ClusterName, state: c.State ?? 'UNKNOWN' };
          if (type === 'SERVERLESS') {
            out.push({ ...base, type });
            continue;
          }
          const p = required(c.Provisioned, 'ListClustersV2', `Provisioned for ${c.ClusterName}`);
          const auth = p.ClientAuthentication;
          const transit = p.EncryptionInfo?.EncryptionInTransit;
          out.push({
            ...base,
            type: 'PROVISIONED',
            provisioned: {
              clientBroker: transit?.ClientBroker ?? null,
              inCluster: transit?.InCluster ?? true,
              // Public access cannot be turned on at creation, only by a later update that sets this field.
              publicAccess: p.BrokerNodeGroupInfo?.ConnectivityInfo?.PublicAccess?.Type ?? 'DISABLED',
              unauthenticated: auth?.Unauthenticated?.Enabled === true,
              authMethods: [
                ...(auth?.Sasl?.Iam?.Enabled ? ['IAM'] : []),
                ...(auth?.Sasl?.Scram?.Enabled ? ['SCRAM'] : []),
                ...(auth?.Tls?.Enabled ? ['TLS'] : []),
              ],
              monitoring: p.EnhancedMonitoring ?? 'DEFAULT',
            },
          });
        }
      }
    });
    return out.sort((a, b) => a.name.localeCompare(b.name));
  },
};

export const mskCollectors: readonly AwsCollector<unknown>[] = [clusters] as readonly AwsCollector<unknown>[];
