import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { cluster } from '../cases.fixtures.js';
import { AZURE_AKS_CLUSTERS, CLUSTER } from '../state.js';
import { aksNetworkPolicySet as check } from './azure.aks.network-policy-set.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_AKS_CLUSTERS, CLUSTER, [
    ['calico passes', [cluster('c', { networkProfile: { networkPolicy: 'calico' } })], [['pass', 'network-policy']]],
    ['absent fails', [cluster('c')], [['fail', 'no-network-policy']]],
  ]),
};
