import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { cluster } from '../cases.fixtures.js';
import { AZURE_AKS_CLUSTERS, CLUSTER } from '../state.js';
import { aksLocalAccountsDisabled as check } from './azure.aks.local-accounts-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_AKS_CLUSTERS, CLUSTER, [
    ['disabled passes', [cluster('c', { disableLocalAccounts: true, aadProfile: { managed: true } })], [['pass', 'local-accounts-off']]],
    ['absent fails', [cluster('c')], [['fail', 'local-accounts-on']]],
  ]),
};
