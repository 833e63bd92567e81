import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { RDS_CLUSTERS } from '../state.js';
import { rdsClusterLogsExported as check } from './aws.rds.cluster-logs-exported.js';
import { cluster } from './rds.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(RDS_CLUSTERS, cluster()), expected: [['pass', 'logs-exported']] },
    { name: 'fails', snapshot: listed(RDS_CLUSTERS, cluster({ logExports: [] })), expected: [['fail', 'no-log-exports']] },
    { name: 'no resources, no findings', snapshot: listed(RDS_CLUSTERS), expected: [] },
    { name: 'denied listing is an error', snapshot: deniedKey(RDS_CLUSTERS, 'rds:Describe'), expected: [['error', 'error.denied']] },
    {
      name: 'throttled listing is an error',
      snapshot: throttledKey(RDS_CLUSTERS, 'rds:Describe'),
      expected: [['error', 'error.throttled']],
    },
  ],
};
