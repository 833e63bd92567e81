import type { AzureService } from '../../service.js';
import { synapseWorkspaceCmkEncrypted } from './checks/azure.synapse.workspace-cmk-encrypted.js';
import { synapseWorkspaceEntraOnlyAuth } from './checks/azure.synapse.workspace-entra-only-auth.js';
import { synapseWorkspaceManagedVnetExfiltrationProtection } from './checks/azure.synapse.workspace-managed-vnet-exfiltration-protection.js';
import { synapseWorkspacePublicNetworkAccessDisabled } from './checks/azure.synapse.workspace-public-network-access-disabled.js';
import { synapseCollectors } from './collect.js';
import { synapseDemo } from './demo.js';

export const synapse: AzureService = {
  id: 'synapse',
  collectors: synapseCollectors,
  checks: [
    synapseWorkspaceCmkEncrypted,
    synapseWorkspaceEntraOnlyAuth,
    synapseWorkspaceManagedVnetExfiltrationProtection,
    synapseWorkspacePublicNetworkAccessDisabled,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: synapseDemo,
};
