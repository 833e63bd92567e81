import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { cluster, R } from '../state.fixtures.js';
import { EKS_CLUSTERS } from '../state.js';
import { eksClusterControlPlaneLogging as check } from './aws.eks.cluster-control-plane-logging.js';

const one = (enabledLogTypes: string[]) => snapshot().regional(EKS_CLUSTERS, R, cluster({ enabledLogTypes }));

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'all five types pass',
      snapshot: one(['api', 'audit', 'authenticator', 'controllerManager', 'scheduler']),
      expected: [['pass', 'logging-enabled']],
    },
    { name: 'audit only fails by default', snapshot: one(['audit']), expected: [['fail', 'logging-missing']] },
    {
      name: 'audit only passes when only audit is required',
      snapshot: one(['audit']),
      serviceParams: { 'aws.eks': { requiredLogTypes: ['audit'] } },
      expected: [['pass', 'logging-enabled']],
    },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().regional(EKS_CLUSTERS, R, denied('eks:ListClusters')),
      expected: [['error', 'error.denied']],
    },
  ],
};
