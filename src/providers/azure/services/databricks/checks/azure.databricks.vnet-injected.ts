import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_DATABRICKS_WORKSPACES, WORKSPACE } from '../state.js';

export const databricksVnetInjected = itemCheck(
  {
    id: 'azure.databricks.vnet-injected',
    title: 'Databricks workspaces run in a customer-managed virtual network',
    service: 'databricks',
    resourceType: WORKSPACE,
    severity: 'medium',
    rationale:
      'One result per workspace. Passes when `parameters.customVirtualNetworkId` names a virtual network (VNet injection); fails when absent, meaning clusters run in the Databricks-managed VNet where the customer sets no NSG rules, routes or private links. Injection can only be chosen when the workspace is created.',
    remediation: { text: 'Recreate the workspace with VNet injection into a customer VNet and migrate its content.' },
    cis: ['2.1.1'],
  },
  AZURE_DATABRICKS_WORKSPACES,
  (w) => {
    const vnet = w.properties.parameters?.customVirtualNetworkId?.value;
    return either(
      Boolean(vnet),
      ['vnet-injected', `Workspace ${w.name} runs in a customer VNet.`],
      ['managed-vnet', `Workspace ${w.name} runs in the Databricks-managed VNet.`],
      {
        virtualNetwork: vnet ?? null,
      },
    );
  },
);
