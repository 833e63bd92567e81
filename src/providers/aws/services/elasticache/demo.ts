import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const HOME = 'eu-west-1';

/** Two caches in eu-west-1: the session store (hardened) and a rate-limiter cache left on defaults. */
export const elastiCacheDemo: Partial<Record<string, FakeHandlers>> = {
  elasticache: {
    DescribeReplicationGroups: (_input, region) => ({
      ReplicationGroups:
        region === HOME
          ? [
              {
                ReplicationGroupId: 'sessions',
                ARN: `arn:aws:elasticache:${region}:${DEMO_ACCOUNT}:replicationgroup:sessions`,
                Engine: 'valkey',
                AtRestEncryptionEnabled: true,
                TransitEncryptionEnabled: true,
                SnapshotRetentionLimit: 7,
                UserGroupIds: ['sessions-users'],
                AutoMinorVersionUpgrade: true,
                MultiAZ: 'enabled',
                AutomaticFailover: 'enabled',
              },
              {
                ReplicationGroupId: 'rate-limiter',
                ARN: `arn:aws:elasticache:${region}:${DEMO_ACCOUNT}:replicationgroup:rate-limiter`,
                Engine: 'redis',
                AtRestEncryptionEnabled: false,
                TransitEncryptionEnabled: false,
                SnapshotRetentionLimit: 0,
                AuthTokenEnabled: false,
                AutoMinorVersionUpgrade: true,
                MultiAZ: 'disabled',
                AutomaticFailover: 'disabled',
              },
            ]
          : [],
    }),
  },
};
