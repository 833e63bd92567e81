/** Builders for the Databricks case tables. */
import { res, rid } from '../../service-kit/cases.fixtures.js';
import { type DatabricksWorkspace, type DiagnosticSetting, WORKSPACE, type WorkspaceVnet } from './state.js';

export const VNET = rid('Microsoft.Network/virtualNetworks', 'vnet-dbx', 'rg-net');

type Props = DatabricksWorkspace['properties'];

export function ws(name: string, properties: Props = {}): DatabricksWorkspace {
  return { ...res(WORKSPACE, name, properties), sku: { name: 'premium' } };
}

/** A VNet-injected workspace using subnets `pub` and `priv`. */
export function injected(name: string, extra: Partial<Props> = {}): DatabricksWorkspace {
  return ws(name, {
    parameters: {
      customVirtualNetworkId: { value: VNET },
      customPublicSubnetName: { value: 'pub' },
      customPrivateSubnetName: { value: 'priv' },
    },
    ...extra,
  });
}

export function vnet(withNsg: Record<string, boolean>): WorkspaceVnet {
  return {
    id: VNET,
    properties: {
      subnets: Object.entries(withNsg).map(([name, nsg]) => ({
        name,
        properties: nsg ? { networkSecurityGroup: { id: rid('Microsoft.Network/networkSecurityGroups', `nsg-${name}`, 'rg-net') } } : {},
      })),
    },
  };
}

export function diag(name: string, logs: boolean, workspaceId?: string): DiagnosticSetting {
  return {
    id: `${VNET}/diag/${name}`,
    name,
    properties: { ...(workspaceId ? { workspaceId } : {}), logs: [{ categoryGroup: 'allLogs', enabled: logs }] },
  };
}
