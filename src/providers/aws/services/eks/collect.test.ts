import { DescribeClusterCommand, EKSClient, ListClustersCommand } from '@aws-sdk/client-eks';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { EKS_CLUSTERS } from './state.js';

let eks = mockClient(EKSClient);
afterEach(() => eks.reset());

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory']) => inv[EKS_CLUSTERS.id]![R]!.result;

describe('aws.eks.clusters', () => {
  it('follows ListClusters pages and describes each cluster, keeping a failed describe on its cluster', async () => {
    eks
      .on(ListClustersCommand)
      .resolvesOnce({ clusters: ['b'], nextToken: 't' })
      .resolvesOnce({ clusters: ['a'] });
    eks.on(DescribeClusterCommand, { name: 'a' }).resolves({
      cluster: {
        name: 'a',
        arn: 'arn:a',
        version: '1.33',
        resourcesVpcConfig: { endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'] },
        logging: {
          clusterLogging: [
            { types: ['audit'], enabled: true },
            { types: ['api'], enabled: false },
          ],
        },
        encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: 'arn:key' } }],
      },
    });
    eks.on(DescribeClusterCommand, { name: 'b' }).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([EKS_CLUSTERS]);
    expect(eks.commandCalls(ListClustersCommand)[1]!.args[0].input).toMatchObject({ nextToken: 't' });
    expect(result(inventory)).toEqual({
      ok: true,
      value: {
        a: {
          ok: true,
          value: {
            name: 'a',
            arn: 'arn:a',
            version: '1.33',
            endpointPublicAccess: true,
            endpointPrivateAccess: false,
            publicAccessCidrs: ['0.0.0.0/0'],
            enabledLogTypes: ['audit'],
            secretsKeyArn: 'arn:key',
          },
        },
        b: { ok: false, error: expect.objectContaining({ kind: 'denied', api: 'eks:DescribeCluster' }) },
      },
    });
  });

  it('records AccessDenied on ListClusters as denied', async () => {
    eks.on(ListClustersCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([EKS_CLUSTERS]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'eks:ListClusters' } });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    eks.restore();
    try {
      const list = throttledThen({ clusters: [] });
      const { inventory, stats } = await collect([EKS_CLUSTERS], { client: { configure: fakeService({ ListClusters: list }) } });
      expect(result(inventory)).toEqual({ ok: true, value: {} });
      expect(stats.toJSON()['eks:ListClusters']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      eks = mockClient(EKSClient);
    }
  });
});
