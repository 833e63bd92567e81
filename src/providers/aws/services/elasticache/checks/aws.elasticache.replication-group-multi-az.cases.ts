import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { ELASTICACHE_REPLICATION_GROUPS } from '../state.js';
import { elastiCacheReplicationGroupMultiAz as check } from './aws.elasticache.replication-group-multi-az.js';
import { group } from './elasticache.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(ELASTICACHE_REPLICATION_GROUPS, group()), expected: [['pass', 'multi-az']] },
    { name: 'fails', snapshot: listed(ELASTICACHE_REPLICATION_GROUPS, group({ multiAz: false })), expected: [['fail', 'single-az']] },
    {
      name: 'Multi-AZ without automatic failover fails',
      snapshot: listed(ELASTICACHE_REPLICATION_GROUPS, group({ automaticFailover: false })),
      expected: [['fail', 'single-az']],
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
