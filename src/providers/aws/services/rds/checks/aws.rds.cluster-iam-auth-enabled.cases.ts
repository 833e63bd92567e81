import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { RDS_CLUSTERS } from '../state.js';
import { rdsClusterIamAuthEnabled as check } from './aws.rds.cluster-iam-auth-enabled.js';
import { cluster } from './rds.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(RDS_CLUSTERS, cluster()), expected: [['pass', 'iam-auth-on']] },
    { name: 'fails', snapshot: listed(RDS_CLUSTERS, cluster({ iamAuth: false })), expected: [['fail', 'iam-auth-off']] },
    {
      name: 'DocumentDB is not applicable',
      snapshot: listed(RDS_CLUSTERS, cluster({ engine: 'docdb', iamAuth: false })),
      expected: [['not_applicable', 'engine-unsupported']],
    },
    { name: 'no resources, no findings', snapshot: listed(RDS_CLUSTERS), expected: [] },
    { name: 'denied listing is an error', snapshot: deniedKey(RDS_CLUSTERS, 'rds:Describe'), expected: [['error', 'error.denied']] },
    {
      name: 'throttled listing is an error',
      snapshot: throttledKey(RDS_CLUSTERS, 'rds:Describe'),
      expected: [['error', 'error.throttled']],
    },
  ],
};
