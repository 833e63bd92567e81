import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { cluster } from '../cases.fixtures.js';
import { AZURE_AKS_CLUSTERS, CLUSTER } from '../state.js';
import { aksKubernetesVersionSupported as check } from './azure.aks.kubernetes-version-supported.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_AKS_CLUSTERS, CLUSTER, [
    ['1.33 passes', [cluster('c', { currentKubernetesVersion: '1.33.1' })], [['pass', 'version-supported']]],
    ['1.29 fails', [cluster('c', { currentKubernetesVersion: '1.29.9', kubernetesVersion: '1.29' })], [['fail', 'version-unsupported']]],
    ['no version is an error', [cluster('c')], [['error', 'error.unknown']]],
  ]),
};
