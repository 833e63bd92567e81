import { type CheckCases, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { deniedKey, R } from '../../cases.fixtures.js';
import { EMR_CLUSTERS } from '../state.js';
import { emrClusterMasterNoPublicIp as check } from './aws.emr.cluster-master-no-public-ip.js';
import { cluster } from './emr.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'private primary node passes', snapshot: cluster(), expected: [['pass', 'private']] },
    { name: 'public primary node fails', snapshot: cluster({ masterPublicIps: ['203.0.113.7'] }), expected: [['fail', 'public-ip']] },
    { name: 'no active clusters, no findings', snapshot: snapshot().regional(EMR_CLUSTERS, R, {}), expected: [] },
    {
      name: 'denied listing is an error',
      snapshot: deniedKey(EMR_CLUSTERS, 'elasticmapreduce:ListClusters'),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'throttled ListInstances is an error on its cluster',
      snapshot: snapshot().regional(EMR_CLUSTERS, R, { 'j-1ABC': throttled('elasticmapreduce:ListInstances') }),
      expected: [['error', 'error.throttled']],
    },
  ],
};
