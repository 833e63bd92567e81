import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { cluster, R } from '../state.fixtures.js';
import { EKS_CLUSTERS } from '../state.js';
import { eksClusterEndpointRestricted as check } from './aws.eks.cluster-endpoint-restricted.js';

const one = (extra: Parameters<typeof cluster>[0]) => snapshot().regional(EKS_CLUSTERS, R, cluster(extra));

export const table: CheckCases = {
  check,
  cases: [
    { name: 'private-only endpoint passes', snapshot: one({}), expected: [['pass', 'private']] },
    {
      name: 'public endpoint limited to an office passes',
      snapshot: one({ endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] }),
      expected: [['pass', 'public-restricted']],
    },
    {
      name: 'public endpoint open to all fails',
      snapshot: one({ endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] }),
      expected: [['fail', 'public-open']],
    },
    {
      name: 'a cluster that could not be described is an error',
      snapshot: snapshot().regional(EKS_CLUSTERS, R, { prod: denied('eks:DescribeCluster') }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().regional(EKS_CLUSTERS, R, denied('eks:ListClusters')),
      expected: [['error', 'error.denied']],
    },
  ],
};
