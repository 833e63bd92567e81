import { DescribeReplicationGroupsCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { ELASTICACHE_REPLICATION_GROUPS } from './state.js';

let ec = mockClient(ElastiCacheClient);
afterEach(() => ec.reset());
const R = 'us-east-1';
type Inv = Awaited<ReturnType<typeof collect>>['inventory'];
const result = (inv: Inv) => inv[ELASTICACHE_REPLICATION_GROUPS.id]![R]!.result;

describe('aws.elasticache.replicationGroups', () => {
  it('follows pages and projects the flags', async () => {
    ec.on(DescribeReplicationGroupsCommand)
      .resolvesOnce({
        ReplicationGroups: [
          { ReplicationGroupId: 'a', ARN: 'arn:a', AtRestEncryptionEnabled: true, MultiAZ: 'enabled', AutomaticFailover: 'enabled' },
        ],
        Marker: 'm',
      })
      .resolvesOnce({ ReplicationGroups: [{ ReplicationGroupId: 'b', ARN: 'arn:b', AuthTokenEnabled: true, SnapshotRetentionLimit: 3 }] });
    const { inventory } = await collect([ELASTICACHE_REPLICATION_GROUPS]);
    expect(ec.commandCalls(DescribeReplicationGroupsCommand)[1]!.args[0].input).toMatchObject({ Marker: 'm' });
    expect(result(inventory)).toEqual({
      ok: true,
      value: [
        {
          arn: 'arn:a',
          name: 'a',
          engine: 'redis',
          atRest: true,
          inTransit: false,
          snapshotRetentionDays: 0,
          authToken: false,
          userGroups: [],
          autoMinorVersionUpgrade: false,
          multiAz: true,
          automaticFailover: true,
        },
        {
          arn: 'arn:b',
          name: 'b',
          engine: 'redis',
          atRest: false,
          inTransit: false,
          snapshotRetentionDays: 3,
          authToken: true,
          userGroups: [],
          autoMinorVersionUpgrade: false,
          multiAz: false,
          automaticFailover: false,
        },
      ],
    });
  });

  it('classifies a denied call as denied', async () => {
    ec.on(DescribeReplicationGroupsCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([ELASTICACHE_REPLICATION_GROUPS]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { kind: 'denied', action: 'elasticache:DescribeReplicationGroups' } });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    ec.restore();
    try {
      const list = throttledThen({ ReplicationGroups: [] }, 2, 'Throttling');
      const { inventory, stats } = await collect([ELASTICACHE_REPLICATION_GROUPS], {
        client: { configure: fakeService({ DescribeReplicationGroups: list }) },
      });
      expect(result(inventory)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['elasticache:DescribeReplicationGroups']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      ec = mockClient(ElastiCacheClient);
    }
  });
});
