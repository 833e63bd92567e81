/** Synapse workspaces through the generic ARM client; the SQL administrator password is never named, so never kept. */
import type { AzureCollector } from '../../context.js';
import { armList } from '../../service-kit/collect.js';
import { type Shape, withTags } from '../../wire.js';
import { AZURE_SYNAPSE_WORKSPACES, type SynapseWorkspace, WORKSPACE } from './state.js';

const SHAPE: Shape<SynapseWorkspace> = {
  ...{ id: true, name: true, type: true, location: true, tags: true },
  properties: {
    azureADOnlyAuthentication: true,
    settings: { azureADOnlyAuthentication: { state: true } },
    extraProperties: { WorkspaceType: true },
    publicNetworkAccess: true,
    managedVirtualNetwork: true,
    managedVirtualNetworkSettings: { preventDataExfiltration: true, allowedAadTenantIdsForLinking: true },
    encryption: { cmk: { key: { name: true, keyVaultUrl: true }, status: true }, doubleEncryptionEnabled: true },
  },
};

export const synapseCollectors = [
  armList(AZURE_SYNAPSE_WORKSPACES, WORKSPACE, '2021-06-01', SHAPE, withTags),
] as readonly AzureCollector<unknown>[];
