import { KafkaClient, ListClustersV2Command } from '@aws-sdk/client-kafka';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { MSK_CLUSTERS } from './state.js';

let kafka = mockClient(KafkaClient);
afterEach(() => kafka.reset());

const R = 'us-east-1';
const A = (n: string) => `arn:aws:kafka:us-east-1:111122223333:cluster/${n}/1`;
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory']) => inv[MSK_CLUSTERS.id]![R]!.result;

describe('aws.msk.clusters', () => {
  it('follows ListClustersV2 pages, keeps provisioned settings and applies the documented defaults', async () => {
    kafka
      .on(ListClustersV2Command)
      .resolvesOnce({
        ClusterInfoList: [
          {
            ClusterArn: A('b'),
            ClusterName: 'b',
            ClusterType: 'PROVISIONED',
            State: 'ACTIVE',
            Provisioned: {
              BrokerNodeGroupInfo: {
                InstanceType: 'kafka.m5.large',
                ClientSubnets: ['s'],
                ConnectivityInfo: { PublicAccess: { Type: 'SERVICE_PROVIDED_EIPS' } },
              },
              NumberOfBrokerNodes: 3,
              ClientAuthentication: { Sasl: { Iam: { Enabled: true }, Scram: { Enabled: true } }, Unauthenticated: { Enabled: false } },
              EncryptionInfo: { EncryptionInTransit: { ClientBroker: 'TLS', InCluster: false } },
              EnhancedMonitoring: 'PER_BROKER',
            },
          },
        ],
        NextToken: 't',
      })
      .resolvesOnce({
        ClusterInfoList: [
          {
            ClusterArn: A('a'),
            ClusterName: 'a',
            ClusterType: 'PROVISIONED',
            State: 'ACTIVE',
            Provisioned: { BrokerNodeGroupInfo: { InstanceType: 'kafka.m5.large', ClientSubnets: ['s'] }, NumberOfBrokerNodes: 2 },
          },
          { ClusterArn: A('s'), ClusterName: 's', ClusterType: 'SERVERLESS', State: 'ACTIVE', Serverless: { VpcConfigs: [] } },
        ],
      });
    const { inventory } = await collect([MSK_CLUSTERS]);
    expect(kafka.commandCalls(ListClustersV2Command)[1]!.args[0].input).toMatchObject({ NextToken: 't' });
    expect(result(inventory)).toEqual({
      ok: true,
      value: [
        {
          arn: A('a'),
          name: 'a',
          type: 'PROVISIONED',
          state: 'ACTIVE',
          provisioned: {
            // The documented defaults disagree for ClientBroker (TLS_PLAINTEXT / TLS): unknown. InCluster's is true in both.
            clientBroker: null,
            inCluster: true,
            publicAccess: 'DISABLED',
            unauthenticated: false,
            authMethods: [],
            monitoring: 'DEFAULT',
          },
        },
        {
          arn: A('b'),
          name: 'b',
          type: 'PROVISIONED',
          state: 'ACTIVE',
          provisioned: {
            clientBroker: 'TLS',
            inCluster: false,
            publicAccess: 'SERVICE_PROVIDED_EIPS',
            unauthenticated: false,
            authMethods: ['IAM', 'SCRAM'],
            monitoring: 'PER_BROKER',
          },
        },
        { arn: A('s'), name: 's', type: 'SERVERLESS', state: 'ACTIVE' },
      ],
    });
  });

  it('reports a cluster without ClusterType as an error, never guessing its kind', async () => {
    kafka.on(ListClustersV2Command).resolves({ ClusterInfoList: [{ ClusterArn: A('x'), ClusterName: 'x' }] });
    const { inventory } = await collect([MSK_CLUSTERS]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { kind: 'unknown', api: 'kafka:ListClustersV2' } });
  });

  it('records AccessDenied on ListClustersV2 as denied', async () => {
    kafka.on(ListClustersV2Command).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([MSK_CLUSTERS]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'kafka:ListClustersV2' } });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    kafka.restore();
    try {
      const list = throttledThen({ ClusterInfoList: [] }, 2, 'TooManyRequestsException');
      const { inventory, stats } = await collect([MSK_CLUSTERS], { client: { configure: fakeService({ ListClustersV2: list }) } });
      expect(result(inventory)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['kafka:ListClustersV2']).toMatchObject({ calls: 1, attempts: 3 });
      expect(list.calls).toBe(3);
    } finally {
      kafka = mockClient(KafkaClient);
    }
  });
});
