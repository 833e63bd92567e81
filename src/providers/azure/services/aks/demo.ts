/** A hardened private production cluster and an old public dev cluster. */
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, demoList, page } from '../../service-kit/demo.js';
import { CLUSTER } from './state.js';

export const aksDemo: ReplayRoutes = {
  [demoList(CLUSTER)]: page([
    demoArm('rg-web', CLUSTER, 'acme-prod-aks', {
      kubernetesVersion: '1.33',
      currentKubernetesVersion: '1.33.2',
      enableRBAC: true,
      aadProfile: { managed: true, enableAzureRBAC: true },
      apiServerAccessProfile: { enablePrivateCluster: true },
      addonProfiles: { azurepolicy: { enabled: true } },
      disableLocalAccounts: true,
      networkProfile: { networkPolicy: 'cilium' },
    }),
    demoArm('rg-legacy', CLUSTER, 'acme-dev-aks', {
      kubernetesVersion: '1.29',
      currentKubernetesVersion: '1.29.7',
      enableRBAC: true,
      networkProfile: {},
    }),
  ]),
};
