import { type CheckCases, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { cluster, R } from '../state.fixtures.js';
import { EKS_CLUSTERS } from '../state.js';
import { eksClusterSecretsEncrypted as check } from './aws.eks.cluster-secrets-encrypted.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'KMS key for secrets passes', snapshot: snapshot().regional(EKS_CLUSTERS, R, cluster()), expected: [['pass', 'secrets-kms']] },
    {
      name: 'no key fails',
      snapshot: snapshot().regional(EKS_CLUSTERS, R, cluster({ secretsKeyArn: undefined })),
      expected: [['fail', 'secrets-no-kms']],
    },
    {
      name: 'throttled describe is an error',
      snapshot: snapshot().regional(EKS_CLUSTERS, R, { prod: throttled('eks:DescribeCluster') }),
      expected: [['error', 'error.throttled']],
    },
  ],
};
