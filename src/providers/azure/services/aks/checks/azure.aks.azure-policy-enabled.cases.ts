import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { cluster } from '../cases.fixtures.js';
import { AZURE_AKS_CLUSTERS, CLUSTER } from '../state.js';
import { aksAzurePolicyEnabled as check } from './azure.aks.azure-policy-enabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_AKS_CLUSTERS, CLUSTER, [
    ['enabled passes', [cluster('c', { addonProfiles: { azurepolicy: { enabled: true } } })], [['pass', 'policy-addon']]],
    ['absent fails', [cluster('c')], [['fail', 'no-policy-addon']]],
  ]),
};
