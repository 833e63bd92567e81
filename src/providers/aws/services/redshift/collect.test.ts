import {
  DescribeClusterParametersCommand,
  DescribeClustersCommand,
  DescribeLoggingStatusCommand,
  RedshiftClient,
} from '@aws-sdk/client-redshift';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { ACCOUNT } from '../../../../../test/support/snapshot.js';
import { REDSHIFT_CLUSTERS, REDSHIFT_LOGGING, REDSHIFT_REQUIRE_SSL } from './state.js';

let rs = mockClient(RedshiftClient);
afterEach(() => rs.reset());
const R = 'us-east-1';
type Inv = Awaited<ReturnType<typeof collect>>['inventory'];
const result = (inv: Inv, id: string) => inv[id]![R]!.result;

describe('aws.redshift collectors', () => {
  it('follows DescribeClusters pages; reads logging per cluster and each shared parameter group once', async () => {
    rs.on(DescribeClustersCommand)
      .resolvesOnce({
        Clusters: [{ ClusterIdentifier: 'a', Encrypted: true, ClusterParameterGroups: [{ ParameterGroupName: 'g' }] }],
        Marker: 'm',
      })
      .resolvesOnce({ Clusters: [{ ClusterIdentifier: 'b', ClusterParameterGroups: [{ ParameterGroupName: 'g' }] }] });
    rs.on(DescribeLoggingStatusCommand, { ClusterIdentifier: 'a' }).resolves({ LoggingEnabled: true, LogDestinationType: 'cloudwatch' });
    rs.on(DescribeLoggingStatusCommand, { ClusterIdentifier: 'b' }).rejects(awsError('AccessDenied', 403));
    rs.on(DescribeClusterParametersCommand)
      .resolvesOnce({ Parameters: [{ ParameterName: 'datestyle', ParameterValue: 'ISO' }], Marker: 'p' })
      .resolvesOnce({ Parameters: [{ ParameterName: 'require_ssl', ParameterValue: 'true' }] });
    const { inventory } = await collect([REDSHIFT_LOGGING, REDSHIFT_REQUIRE_SSL]);
    expect(rs.commandCalls(DescribeClustersCommand)[1]!.args[0].input).toMatchObject({ Marker: 'm' });
    expect(result(inventory, REDSHIFT_CLUSTERS.id)).toMatchObject({
      ok: true,
      value: [
        { arn: `arn:aws:redshift:${R}:${ACCOUNT}:cluster:a`, name: 'a', encrypted: true, snapshotRetentionDays: 0 },
        { name: 'b', encrypted: false },
      ],
    });
    expect(result(inventory, REDSHIFT_LOGGING.id)).toMatchObject({
      ok: true,
      value: { a: { ok: true, value: { enabled: true, destination: 'cloudwatch' } }, b: { ok: false, error: { kind: 'denied' } } },
    });
    expect(rs.commandCalls(DescribeClusterParametersCommand)).toHaveLength(2);
    expect(result(inventory, REDSHIFT_REQUIRE_SSL.id)).toEqual({ ok: true, value: { g: { ok: true, value: 'true' } } });
  });

  it('classifies a denied DescribeClusters as denied', async () => {
    rs.on(DescribeClustersCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([REDSHIFT_LOGGING]);
    expect(result(inventory, REDSHIFT_LOGGING.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'redshift:DescribeClusters' },
    });
    expect(rs.commandCalls(DescribeLoggingStatusCommand)).toHaveLength(0);
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    rs.restore();
    try {
      const list = throttledThen({ Clusters: [] }, 2, 'Throttling');
      const { inventory, stats } = await collect([REDSHIFT_CLUSTERS], { client: { configure: fakeService({ DescribeClusters: list }) } });
      expect(result(inventory, REDSHIFT_CLUSTERS.id)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['redshift:DescribeClusters']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      rs = mockClient(RedshiftClient);
    }
  });
});
