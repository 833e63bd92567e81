/** AKS clusters through the generic ARM client. */
import type { AzureCollector } from '../../context.js';
import { armList } from '../../service-kit/collect.js';
import { type Shape, withTags } from '../../wire.js';
import { AZURE_AKS_CLUSTERS, CLUSTER, type ManagedCluster } from './state.js';

// Service principal secrets, kubeconfigs and admin credentials are not named, so never kept.
const SHAPE: Shape<ManagedCluster> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  properties: {
    kubernetesVersion: true,
    currentKubernetesVersion: true,
    enableRBAC: true,
    aadProfile: { managed: true, enableAzureRBAC: true },
    apiServerAccessProfile: { enablePrivateCluster: true, authorizedIPRanges: true },
    addonProfiles: { azurepolicy: { enabled: true } },
    disableLocalAccounts: true,
    networkProfile: { networkPolicy: true },
  },
};

export const aksCollectors = [armList(AZURE_AKS_CLUSTERS, CLUSTER, '2024-05-01', SHAPE, withTags)] as readonly AzureCollector<unknown>[];
