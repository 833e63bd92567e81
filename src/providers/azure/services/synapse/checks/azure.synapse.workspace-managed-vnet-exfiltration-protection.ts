import { bad, itemCheck, ok } from '../../../service-kit/check.js';
import { AZURE_SYNAPSE_WORKSPACES, WORKSPACE } from '../state.js';

export const synapseWorkspaceManagedVnetExfiltrationProtection = itemCheck(
  {
    id: 'azure.synapse.workspace-managed-vnet-exfiltration-protection',
    title: 'Synapse workspaces run in a managed virtual network with data exfiltration protection',
    service: 'synapse',
    resourceType: WORKSPACE,
    severity: 'medium',
    rationale:
      'One result per workspace. Passes when `managedVirtualNetwork` is `default` (Spark pools and integration runtimes run in a virtual network Azure manages for this workspace alone) and `managedVirtualNetworkSettings.preventDataExfiltration` is true, so outbound traffic can go only through managed private endpoints to resources in the approved Entra tenants. Fails when there is no managed virtual network (the built-in policy "Managed workspace virtual network on Azure Synapse workspaces should be enabled"), or when there is one but exfiltration protection is off or absent (the policy "Azure Synapse workspaces should allow outbound data traffic only to approved targets"). Both settings are fixed when the workspace is created.',
    remediation: {
      text: 'Both settings can only be chosen at creation: create a workspace with a managed virtual network and data exfiltration protection, list the approved tenants, and migrate.',
    },
  },
  AZURE_SYNAPSE_WORKSPACES,
  (x) => {
    const p = x.properties;
    const managed = (p.managedVirtualNetwork ?? '').toLowerCase() === 'default';
    const observed = {
      managedVirtualNetwork: p.managedVirtualNetwork ?? null,
      preventDataExfiltration: p.managedVirtualNetworkSettings?.preventDataExfiltration ?? null,
      allowedTenants: p.managedVirtualNetworkSettings?.allowedAadTenantIdsForLinking?.length ?? 0,
    };
    if (!managed) return bad('no-managed-vnet', `Workspace ${x.name} has no managed virtual network.`, observed);
    return p.managedVirtualNetworkSettings?.preventDataExfiltration === true
      ? ok('exfiltration-protected', `Workspace ${x.name} sends data only to approved targets.`, observed)
      : bad('exfiltration-allowed', `Workspace ${x.name} has a managed virtual network but may send data anywhere.`, observed);
  },
);
