import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { REDSHIFT_CLUSTERS } from '../state.js';
import { redshiftClusterNotPubliclyAccessible as check } from './aws.redshift.cluster-not-publicly-accessible.js';
import { cluster } from './redshift.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(REDSHIFT_CLUSTERS, cluster()), expected: [['pass', 'private']] },
    { name: 'fails', snapshot: listed(REDSHIFT_CLUSTERS, cluster({ publiclyAccessible: true })), expected: [['fail', 'public']] },
    { name: 'no resources, no findings', snapshot: listed(REDSHIFT_CLUSTERS), expected: [] },
    { name: 'denied listing is an error', snapshot: deniedKey(REDSHIFT_CLUSTERS, 'svc:List'), expected: [['error', 'error.denied']] },
    {
      name: 'throttled listing is an error',
      snapshot: throttledKey(REDSHIFT_CLUSTERS, 'svc:List'),
      expected: [['error', 'error.throttled']],
    },
  ],
};
