import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_DATABRICKS_WORKSPACES, WORKSPACE } from '../state.js';

export const databricksPublicNetworkDisabled = itemCheck(
  {
    id: 'azure.databricks.public-network-disabled',
    title: 'Databricks workspaces disable public network access',
    service: 'databricks',
    resourceType: WORKSPACE,
    severity: 'medium',
    rationale:
      'One result per workspace. Passes when `publicNetworkAccess` is `Disabled`, so the workspace UI and REST API answer only through private endpoints. Fails when `Enabled` or absent (older workspaces omit it and are reachable from the internet).',
    remediation: {
      text: 'Set up private endpoints, then disable public network access.',
      cli: 'az databricks workspace update --resource-group <group> --name <workspace> --public-network-access Disabled',
    },
    cis: ['2.1.10'],
  },
  AZURE_DATABRICKS_WORKSPACES,
  (w) => {
    const access = w.properties.publicNetworkAccess ?? 'Enabled';
    return either(
      access === 'Disabled',
      ['public-access-disabled', `Workspace ${w.name} has public network access disabled.`],
      ['public-access-enabled', `Workspace ${w.name} accepts connections from public networks.`],
      {
        publicNetworkAccess: access,
      },
    );
  },
);
