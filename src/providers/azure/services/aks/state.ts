/** AKS managed cluster state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmResource } from '../../arm-state.js';

export const CLUSTER = 'Microsoft.ContainerService/managedClusters';

/** `GET /subscriptions/{id}/providers/Microsoft.ContainerService/managedClusters`. */
export interface ManagedCluster extends ArmResource {
  properties: {
    kubernetesVersion?: string;
    /** The version actually running (with patch), e.g. `1.31.2`. */
    currentKubernetesVersion?: string;
    enableRBAC?: boolean;
    /** Present when Entra ID integration is configured. */
    aadProfile?: { managed?: boolean; enableAzureRBAC?: boolean };
    apiServerAccessProfile?: { enablePrivateCluster?: boolean; authorizedIPRanges?: string[] };
    /** Add-on key as ARM spells it: `azurepolicy`. */
    addonProfiles?: { azurepolicy?: { enabled?: boolean } };
    disableLocalAccounts?: boolean;
    /** `azure`, `calico`, `cilium`; absent means no network policy engine. */
    networkProfile?: { networkPolicy?: string };
  };
}

export const AZURE_AKS_CLUSTERS = inventoryKey<ManagedCluster[]>('azure.aks.clusters', 'global');
