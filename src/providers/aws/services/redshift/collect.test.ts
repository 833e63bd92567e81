/**
 * Driven through the simulator rather than aws-sdk-client-mock: the installed
 * @aws-sdk/client-redshift's declarations do not parse (see collect.ts), so its command
 * classes cannot be imported with types here.
 */
import { describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { ACCOUNT } from '../../../../../test/support/snapshot.js';
import { REDSHIFT_CLUSTERS, REDSHIFT_LOGGING, REDSHIFT_REQUIRE_SSL } from './state.js';

const R = 'us-east-1';
type Inv = Awaited<ReturnType<typeof collect>>['inventory'];
const result = (inv: Inv, id: string) => inv[id]![R]!.result;
type Input = Record<string, unknown>;

describe('aws.redshift collectors', () => {
  it('follows DescribeClusters pages; reads logging per cluster and each shared parameter group once', async () => {
    const seen: Record<string, Input[]> = {};
    const record = (op: string, input: Input) => (seen[op] ??= []).push(input);
    const { inventory } = await collect([REDSHIFT_LOGGING, REDSHIFT_REQUIRE_SSL], {
      client: {
        configure: fakeService({
          DescribeClusters: (input) => {
            record('clusters', input);
            return input.Marker === 'm'
              ? { Clusters: [{ ClusterIdentifier: 'b', ClusterParameterGroups: [{ ParameterGroupName: 'g' }] }] }
              : {
                  Clusters: [{ ClusterIdentifier: 'a', Encrypted: true, ClusterParameterGroups: [{ ParameterGroupName: 'g' }] }],
                  Marker: 'm',
                };
          },
          DescribeLoggingStatus: (input) => {
            if (input.ClusterIdentifier === 'b') throw awsError('AccessDenied', 403);
            return { LoggingEnabled: true, LogDestinationType: 'cloudwatch' };
          },
          DescribeClusterParameters: (input) => {
            record('parameters', input);
            return input.Marker === 'p'
              ? { Parameters: [{ ParameterName: 'require_ssl', ParameterValue: 'true' }] }
              : { Parameters: [{ ParameterName: 'datestyle', ParameterValue: 'ISO' }], Marker: 'p' };
          },
        }),
      },
    });
    expect(seen.clusters).toHaveLength(2);
    expect(seen.clusters![1]).toMatchObject({ Marker: 'm' });
    expect(result(inventory, REDSHIFT_CLUSTERS.id)).toMatchObject({
      ok: true,
      value: [
        { arn: `arn:aws:redshift:${R}:${ACCOUNT}:cluster:a`, name: 'a', encrypted: true, snapshotRetentionDays: 0 },
        { name: 'b', encrypted: false },
      ],
    });
    expect(result(inventory, REDSHIFT_LOGGING.id)).toMatchObject({
      ok: true,
      value: {
        a: { ok: true, value: { enabled: true, destination: 'cloudwatch' } },
        b: { ok: false, error: { kind: 'denied', api: 'redshift:DescribeLoggingStatus' } },
      },
    });
    expect(seen.parameters).toHaveLength(2);
    expect(result(inventory, REDSHIFT_REQUIRE_SSL.id)).toEqual({ ok: true, value: { g: { ok: true, value: 'true' } } });
  });

  it('classifies a denied DescribeClusters as denied and reads nothing per cluster', async () => {
    let logging = 0;
    const { inventory } = await collect([REDSHIFT_LOGGING], {
      client: {
        configure: fakeService({
          DescribeClusters: () => {
            throw awsError('AccessDenied', 403);
          },
          DescribeLoggingStatus: () => ({ LoggingEnabled: logging++ > 0 }),
        }),
      },
    });
    expect(result(inventory, REDSHIFT_LOGGING.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'redshift:DescribeClusters' },
    });
    expect(logging).toBe(0);
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    const list = throttledThen({ Clusters: [] }, 2, 'Throttling');
    const { inventory, stats } = await collect([REDSHIFT_CLUSTERS], { client: { configure: fakeService({ DescribeClusters: list }) } });
    expect(result(inventory, REDSHIFT_CLUSTERS.id)).toEqual({ ok: true, value: [] });
    expect(stats.toJSON()['redshift:DescribeClusters']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
  });
});
