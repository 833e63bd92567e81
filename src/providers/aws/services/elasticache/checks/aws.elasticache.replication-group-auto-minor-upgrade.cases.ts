import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { ELASTICACHE_REPLICATION_GROUPS } from '../state.js';
import { elastiCacheReplicationGroupAutoMinorUpgrade as check } from './aws.elasticache.replication-group-auto-minor-upgrade.js';
import { group } from './elasticache.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(ELASTICACHE_REPLICATION_GROUPS, group()), expected: [['pass', 'auto-upgrade-on']] },
    {
      name: 'fails',
      snapshot: listed(ELASTICACHE_REPLICATION_GROUPS, group({ autoMinorVersionUpgrade: false })),
      expected: [['fail', 'auto-upgrade-off']],
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
