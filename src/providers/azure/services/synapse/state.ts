/** Synapse workspace state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmResource } from '../../arm-state.js';

export const WORKSPACE = 'Microsoft.Synapse/workspaces';

/** `GET /subscriptions/{id}/providers/Microsoft.Synapse/workspaces`. */
export interface SynapseWorkspace extends ArmResource {
  properties: {
    /** True: SQL pools accept only Microsoft Entra logins, no SQL authentication. */
    azureADOnlyAuthentication?: boolean;
    /** Read-only view of the same setting; state `Inconsistent` while the pools have not all applied it. */
    settings?: { azureADOnlyAuthentication?: { state?: string } };
    /** `Normal`, or `Connected` for a former SQL DW dedicated pool given workspace features. */
    extraProperties?: { WorkspaceType?: string };
    /** `Enabled` or `Disabled`; absent is not Disabled. */
    publicNetworkAccess?: string;
    /** `default` when the workspace has a managed virtual network (fixed at creation). */
    managedVirtualNetwork?: string;
    managedVirtualNetworkSettings?: { preventDataExfiltration?: boolean; allowedAadTenantIdsForLinking?: string[] };
    /** `cmk.key` names the workspace's customer-managed key; `cmk.status` reports its activation. */
    encryption?: { cmk?: { key?: { name?: string; keyVaultUrl?: string }; status?: string }; doubleEncryptionEnabled?: boolean };
  };
}

export const AZURE_SYNAPSE_WORKSPACES = inventoryKey<SynapseWorkspace[]>('azure.synapse.workspaces', 'global');
