import { approvedPrivateEndpoints } from '../../../check-kit.js';
import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_DATABRICKS_WORKSPACES, WORKSPACE } from '../state.js';

export const databricksPrivateEndpoint = itemCheck(
  {
    id: 'azure.databricks.private-endpoint',
    title: 'Databricks workspaces are reached through private endpoints',
    service: 'databricks',
    resourceType: WORKSPACE,
    severity: 'low',
    rationale:
      'One result per workspace. Passes when at least one private endpoint connection is Approved; pending, rejected or disconnected connections carry no traffic and do not count. Fails when there is none.',
    remediation: {
      text: 'Create a private endpoint for the workspace (sub-resource databricks_ui_api) in the VNet clients use.',
      cli: 'az network private-endpoint create --resource-group <group> --name <pe> --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id <workspace-id> --connection-name <name> --group-id databricks_ui_api',
    },
    cis: ['2.1.11'],
  },
  AZURE_DATABRICKS_WORKSPACES,
  (w) => {
    const approved = approvedPrivateEndpoints(w.properties.privateEndpointConnections);
    return either(
      approved.length > 0,
      ['private-endpoint', `Workspace ${w.name} has ${approved.length} approved private endpoint(s).`],
      ['no-private-endpoint', `Workspace ${w.name} has no approved private endpoint.`],
      {
        approvedPrivateEndpoints: approved.length,
      },
    );
  },
);
