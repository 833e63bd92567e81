import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_SYNAPSE_WORKSPACES, WORKSPACE } from '../state.js';

export const synapseWorkspacePublicNetworkAccessDisabled = itemCheck(
  {
    id: 'azure.synapse.workspace-public-network-access-disabled',
    title: 'Synapse workspaces are reached only through private endpoints',
    service: 'synapse',
    resourceType: WORKSPACE,
    severity: 'medium',
    rationale:
      'One result per workspace. Passes when `publicNetworkAccess` is Disabled: the workspace\'s SQL, development and web endpoints then answer only over private endpoints and the workspace IP firewall rules no longer apply. Fails when Enabled or absent, as the built-in policy "Azure Synapse workspaces should disable public network access" judges it (anything but Disabled), since the endpoints are reachable from the internet subject only to the firewall rules.',
    remediation: {
      text: 'Create private endpoints (Sql, SqlOnDemand, Dev) and a private link hub for Synapse Studio, then disable public network access.',
      cli: 'az resource update --ids <workspace-id> --set properties.publicNetworkAccess=Disabled',
    },
  },
  AZURE_SYNAPSE_WORKSPACES,
  (x) =>
    either(
      x.properties.publicNetworkAccess === 'Disabled',
      ['public-disabled', `Workspace ${x.name} has public network access disabled.`],
      ['public-enabled', `Workspace ${x.name} is reachable from public networks.`],
      { publicNetworkAccess: x.properties.publicNetworkAccess ?? null },
    ),
);
