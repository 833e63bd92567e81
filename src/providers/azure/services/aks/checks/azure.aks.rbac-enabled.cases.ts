import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { cluster } from '../cases.fixtures.js';
import { AZURE_AKS_CLUSTERS, CLUSTER } from '../state.js';
import { aksRbacEnabled as check } from './azure.aks.rbac-enabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_AKS_CLUSTERS, CLUSTER, [
    ['RBAC on passes', [cluster('c', { enableRBAC: true })], [['pass', 'rbac-enabled']]],
    ['RBAC off fails', [cluster('c', { enableRBAC: false })], [['fail', 'rbac-disabled']]],
    ['no field is an error', [cluster('c')], [['error', 'error.unknown']]],
  ]),
};
