/** Azure Databricks workspace state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { ArmResource, PrivateEndpointConnection } from '../../arm-state.js';

export const WORKSPACE = 'Microsoft.Databricks/workspaces';

interface Param<T> {
  value?: T;
}

/** `GET /subscriptions/{id}/providers/Microsoft.Databricks/workspaces`. */
export interface DatabricksWorkspace extends ArmResource {
  sku?: { name?: string };
  properties: {
    parameters?: {
      /** Set only for VNet-injected workspaces; absent means the Databricks-managed VNet. */
      customVirtualNetworkId?: Param<string>;
      customPublicSubnetName?: Param<string>;
      customPrivateSubnetName?: Param<string>;
      /** Secure cluster connectivity: cluster nodes get no public IP. */
      enableNoPublicIp?: Param<boolean>;
    };
    /** `Enabled` or `Disabled`; absent on older workspaces, where it is Enabled. */
    publicNetworkAccess?: string;
    privateEndpointConnections?: PrivateEndpointConnection[];
  };
}

/** `GET {vnet}`: the injected workspace's virtual network and its subnets' NSGs. */
export interface WorkspaceVnet {
  id: string;
  properties: { subnets?: { name: string; properties?: { networkSecurityGroup?: { id: string } } }[] };
}

/** `GET {resource}/providers/Microsoft.Insights/diagnosticSettings`: one resource's diagnostic settings. */
export interface DiagnosticSetting {
  id: string;
  name: string;
  properties: {
    workspaceId?: string;
    storageAccountId?: string;
    eventHubAuthorizationRuleId?: string;
    marketplacePartnerId?: string;
    logs?: { category?: string; categoryGroup?: string; enabled: boolean }[];
  };
}

export const AZURE_DATABRICKS_WORKSPACES = inventoryKey<DatabricksWorkspace[]>('azure.databricks.workspaces', 'global');
/** Per VNet-injected workspace (by workspace id). */
export const AZURE_DATABRICKS_VNETS = inventoryKey<PerResource<WorkspaceVnet>>('azure.databricks.vnets', 'global');
export const AZURE_DATABRICKS_DIAGNOSTICS = inventoryKey<PerResource<DiagnosticSetting[]>>('azure.databricks.diagnosticSettings', 'global');
