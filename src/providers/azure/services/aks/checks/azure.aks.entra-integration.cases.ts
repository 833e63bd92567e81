import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { cluster } from '../cases.fixtures.js';
import { AZURE_AKS_CLUSTERS, CLUSTER } from '../state.js';
import { aksEntraIntegration as check } from './azure.aks.entra-integration.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_AKS_CLUSTERS, CLUSTER, [
    ['managed Entra passes', [cluster('c', { aadProfile: { managed: true, enableAzureRBAC: true } })], [['pass', 'entra-integrated']]],
    ['none fails', [cluster('c')], [['fail', 'no-entra']]],
  ]),
};
