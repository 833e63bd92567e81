import { bad, childCheck, missing, ok, skip } from '../../../service-kit/check.js';
import { GET_VNET } from '../collect.js';
import { AZURE_DATABRICKS_VNETS, AZURE_DATABRICKS_WORKSPACES, WORKSPACE } from '../state.js';

export const databricksSubnetsHaveNsg = childCheck(
  {
    id: 'azure.databricks.subnets-have-nsg',
    title: 'Databricks workspace subnets have network security groups',
    service: 'databricks',
    resourceType: WORKSPACE,
    severity: 'medium',
    rationale:
      'One result per VNet-injected workspace. Reads the injected virtual network and finds the workspace\u2019s public (host) and private (container) subnets by name. Passes when both have a network security group; fails when either has none. ' +
      'Workspaces in the Databricks-managed VNet are not applicable (see azure.databricks.vnet-injected). A subnet the workspace names but the VNet does not hold is an error.',
    remediation: {
      text: 'Associate a network security group with both Databricks subnets.',
      cli: 'az network vnet subnet update --resource-group <group> --vnet-name <vnet> --name <subnet> --network-security-group <nsg>',
    },
    cis: ['2.1.2'],
  },
  AZURE_DATABRICKS_WORKSPACES,
  AZURE_DATABRICKS_VNETS,
  (w, vnet) => {
    const p = w.properties.parameters;
    const names = [p?.customPublicSubnetName?.value, p?.customPrivateSubnetName?.value].filter((n): n is string => Boolean(n));
    const subnets = vnet.properties.subnets ?? [];
    const found = names.map((n) => subnets.find((s) => s.name.toLowerCase() === n.toLowerCase()));
    const lost = names.filter((_, i) => !found[i]);
    if (names.length === 0 || lost.length)
      return missing(
        GET_VNET.api,
        GET_VNET.actions[0]!,
        `subnet(s) ${lost.join(', ') || '(unnamed)'} of workspace ${w.name} are not in ${vnet.id}`,
      );
    const bare = names.filter((_, i) => !found[i]!.properties?.networkSecurityGroup?.id);
    const observed = { subnets: names, withoutNsg: bare };
    return bare.length
      ? bad('subnet-without-nsg', `Workspace ${w.name} subnet(s) ${bare.join(', ')} have no NSG.`, observed)
      : ok('subnets-have-nsg', `Both subnets of workspace ${w.name} have an NSG.`, observed);
  },
  {
    applies: (w) =>
      w.properties.parameters?.customVirtualNetworkId?.value ? null : skip('managed-vnet', `Workspace ${w.name} is not VNet-injected.`),
  },
);
