import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { ELASTICACHE_REPLICATION_GROUPS } from '../state.js';
import { elastiCacheReplicationGroupBackupEnabled as check } from './aws.elasticache.replication-group-backup-enabled.js';
import { group } from './elasticache.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(ELASTICACHE_REPLICATION_GROUPS, group()), expected: [['pass', 'backups-on']] },
    {
      name: 'fails',
      snapshot: listed(ELASTICACHE_REPLICATION_GROUPS, group({ snapshotRetentionDays: 0 })),
      expected: [['fail', 'backups-off']],
    },
    { name: 'no resources, no findings', snapshot: listed(ELASTICACHE_REPLICATION_GROUPS), expected: [] },
    {
      name: 'denied listing is an error',
      snapshot: deniedKey(ELASTICACHE_REPLICATION_GROUPS, 'svc:List'),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'throttled listing is an error',
      snapshot: throttledKey(ELASTICACHE_REPLICATION_GROUPS, 'svc:List'),
      expected: [['error', 'error.throttled']],
    },
  ],
};
