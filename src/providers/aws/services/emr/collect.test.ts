import {
  DescribeClusterCommand,
  EMRClient,
  GetBlockPublicAccessConfigurationCommand,
  ListClustersCommand,
  ListInstancesCommand,
} from '@aws-sdk/client-emr';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { EMR_BLOCK_PUBLIC_ACCESS, EMR_CLUSTERS } from './state.js';

let emr = mockClient(EMRClient);
afterEach(() => emr.reset());

const R = 'us-east-1';
type Inv = Awaited<ReturnType<typeof collect>>['inventory'];
const result = (inv: Inv, id: string) => inv[id]![R]!.result;
const NOW = new Date();

describe('aws.emr.blockPublicAccess', () => {
  it('keeps the flag and the exempted ranges, a single port as [p, p]', async () => {
    emr.on(GetBlockPublicAccessConfigurationCommand).resolves({
      BlockPublicAccessConfiguration: {
        BlockPublicSecurityGroupRules: true,
        PermittedPublicSecurityGroupRuleRanges: [{ MinRange: 22 }, { MinRange: 8000, MaxRange: 8080 }],
      },
      BlockPublicAccessConfigurationMetadata: { CreationDateTime: NOW, CreatedByArn: 'arn:x' },
    });
    const { inventory } = await collect([EMR_BLOCK_PUBLIC_ACCESS]);
    expect(result(inventory, EMR_BLOCK_PUBLIC_ACCESS.id)).toEqual({
      ok: true,
      value: {
        blockPublicSecurityGroupRules: true,
        permittedRanges: [
          [22, 22],
          [8000, 8080],
        ],
      },
    });
  });

  it('treats an answer without the flag as unreadable, not as off', async () => {
    emr.on(GetBlockPublicAccessConfigurationCommand).resolves({});
    const { inventory } = await collect([EMR_BLOCK_PUBLIC_ACCESS]);
    expect(result(inventory, EMR_BLOCK_PUBLIC_ACCESS.id)).toMatchObject({ ok: false, error: { kind: 'unknown' } });
  });

  it('records AccessDenied as denied', async () => {
    emr.on(GetBlockPublicAccessConfigurationCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([EMR_BLOCK_PUBLIC_ACCESS]);
    expect(result(inventory, EMR_BLOCK_PUBLIC_ACCESS.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'elasticmapreduce:GetBlockPublicAccessConfiguration' },
    });
  });
});

describe('aws.emr.clusters', () => {
  it('lists RUNNING and WAITING clusters over pages and reads the primary nodes by the cluster kind', async () => {
    emr
      .on(ListClustersCommand)
      .resolvesOnce({ Clusters: [{ Id: 'j-B' }], Marker: 'm' })
      .resolvesOnce({ Clusters: [{ Id: 'j-A' }, { Id: 'j-C' }] });
    emr.on(DescribeClusterCommand, { ClusterId: 'j-A' }).resolves({
      Cluster: { Id: 'j-A', Name: 'etl', ClusterArn: 'arn:j-A', InstanceCollectionType: 'INSTANCE_GROUP' },
    });
    emr.on(DescribeClusterCommand, { ClusterId: 'j-B' }).resolves({
      Cluster: { Id: 'j-B', Name: 'adhoc', ClusterArn: 'arn:j-B', InstanceCollectionType: 'INSTANCE_FLEET' },
    });
    emr.on(DescribeClusterCommand, { ClusterId: 'j-C' }).rejects(awsError('AccessDeniedException', 403));
    emr
      .on(ListInstancesCommand, { ClusterId: 'j-A' })
      .resolvesOnce({ Instances: [{ Id: 'i1', PrivateIpAddress: '10.0.0.1' }], Marker: 'n' })
      .resolvesOnce({ Instances: [{ Id: 'i2', PrivateIpAddress: '10.0.0.2' }] });
    emr.on(ListInstancesCommand, { ClusterId: 'j-B' }).resolves({ Instances: [{ Id: 'i3', PublicIpAddress: '203.0.113.9' }] });
    const { inventory } = await collect([EMR_CLUSTERS]);
    expect(emr.commandCalls(ListClustersCommand)[0]!.args[0].input).toMatchObject({ ClusterStates: ['RUNNING', 'WAITING'] });
    expect(emr.commandCalls(ListClustersCommand)[1]!.args[0].input).toMatchObject({ Marker: 'm' });
    const lists = emr.commandCalls(ListInstancesCommand).map((c) => c.args[0].input);
    expect(lists).toContainEqual(expect.objectContaining({ ClusterId: 'j-A', InstanceGroupTypes: ['MASTER'], Marker: 'n' }));
    expect(lists).toContainEqual(expect.objectContaining({ ClusterId: 'j-B', InstanceFleetType: 'MASTER' }));
    expect(result(inventory, EMR_CLUSTERS.id)).toEqual({
      ok: true,
      value: {
        'j-A': { ok: true, value: { arn: 'arn:j-A', name: 'j-A', clusterName: 'etl', masterInstances: 2, masterPublicIps: [] } },
        'j-B': {
          ok: true,
          value: { arn: 'arn:j-B', name: 'j-B', clusterName: 'adhoc', masterInstances: 1, masterPublicIps: ['203.0.113.9'] },
        },
        'j-C': { ok: false, error: expect.objectContaining({ kind: 'denied', api: 'elasticmapreduce:DescribeCluster' }) },
      },
    });
  });

  it('does not judge a cluster whose primary node it cannot see', async () => {
    emr.on(ListClustersCommand).resolves({ Clusters: [{ Id: 'j-A' }] });
    emr.on(DescribeClusterCommand).resolves({ Cluster: { Id: 'j-A', Name: 'etl', InstanceCollectionType: 'INSTANCE_GROUP' } });
    emr.on(ListInstancesCommand).resolves({ Instances: [] });
    const { inventory } = await collect([EMR_CLUSTERS]);
    expect(result(inventory, EMR_CLUSTERS.id)).toMatchObject({
      ok: true,
      value: { 'j-A': { ok: false, error: { kind: 'unknown', api: 'elasticmapreduce:ListInstances' } } },
    });
  });

  it('records AccessDenied on ListClusters as denied', async () => {
    emr.on(ListClustersCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([EMR_CLUSTERS]);
    expect(result(inventory, EMR_CLUSTERS.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'elasticmapreduce:ListClusters' },
    });
    expect(emr.commandCalls(DescribeClusterCommand)).toHaveLength(0);
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    emr.restore();
    try {
      const list = throttledThen({ Clusters: [] });
      const { inventory, stats } = await collect([EMR_CLUSTERS], { client: { configure: fakeService({ ListClusters: list }) } });
      expect(result(inventory, EMR_CLUSTERS.id)).toEqual({ ok: true, value: {} });
      expect(stats.toJSON()['elasticmapreduce:ListClusters']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      emr = mockClient(EMRClient);
    }
  });
});
