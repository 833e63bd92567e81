import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { cluster } from '../cases.fixtures.js';
import { AZURE_AKS_CLUSTERS, CLUSTER } from '../state.js';
import { aksApiServerRestricted as check } from './azure.aks.api-server-restricted.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_AKS_CLUSTERS, CLUSTER, [
    ['private passes', [cluster('c', { apiServerAccessProfile: { enablePrivateCluster: true } })], [['pass', 'private']]],
    [
      'ranges pass',
      [cluster('c', { apiServerAccessProfile: { authorizedIPRanges: ['203.0.113.0/24'] } })],
      [['pass', 'authorized-ranges']],
    ],
    ['no profile fails', [cluster('c')], [['fail', 'api-server-public']]],
    ['0.0.0.0/0 fails', [cluster('c', { apiServerAccessProfile: { authorizedIPRanges: ['0.0.0.0/0'] } })], [['fail', 'api-server-public']]],
  ]),
};
