/** Databricks workspaces through the generic ARM client, with each injected VNet and each workspace's diagnostic settings. */
import { api } from '../../../../inventory/collector.js';
import type { AzureCollector } from '../../context.js';
import { armChild, armList, getApi } from '../../service-kit/collect.js';
import { type Shape, withTags } from '../../wire.js';
import {
  AZURE_DATABRICKS_DIAGNOSTICS,
  AZURE_DATABRICKS_VNETS,
  AZURE_DATABRICKS_WORKSPACES,
  type DatabricksWorkspace,
  type DiagnosticSetting,
  WORKSPACE,
  type WorkspaceVnet,
} from './state.js';

const WS_SHAPE: Shape<DatabricksWorkspace> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  sku: { name: true },
  properties: {
    parameters: {
      customVirtualNetworkId: { value: true },
      customPublicSubnetName: { value: true },
      customPrivateSubnetName: { value: true },
      enableNoPublicIp: { value: true },
    },
    publicNetworkAccess: true,
    privateEndpointConnections: { id: true, properties: { privateLinkServiceConnectionState: { status: true } } },
  },
};
const VNET_SHAPE: Shape<WorkspaceVnet> = {
  id: true,
  properties: { subnets: { name: true, properties: { networkSecurityGroup: { id: true } } } },
};
export const DIAGNOSTIC_SHAPE: Shape<DiagnosticSetting> = {
  id: true,
  name: true,
  properties: {
    workspaceId: true,
    storageAccountId: true,
    eventHubAuthorizationRuleId: true,
    marketplacePartnerId: true,
    logs: { category: true, categoryGroup: true, enabled: true },
  },
};

export const GET_VNET = getApi('Microsoft.Network/virtualNetworks');
export const LIST_DIAGNOSTICS = api('Microsoft.Insights/diagnosticSettings:list', 'Microsoft.Insights/diagnosticSettings/read');

const vnetOf = (w: DatabricksWorkspace) => w.properties.parameters?.customVirtualNetworkId?.value;

export const databricksCollectors = [
  armList(AZURE_DATABRICKS_WORKSPACES, WORKSPACE, '2024-05-01', WS_SHAPE, withTags),
  armChild({
    key: AZURE_DATABRICKS_VNETS,
    parent: AZURE_DATABRICKS_WORKSPACES,
    spec: GET_VNET,
    select: (w) => Boolean(vnetOf(w)),
    path: (w) => vnetOf(w)!,
    apiVersion: '2024-01-01',
    shape: VNET_SHAPE,
    read: 'get',
  }),
  armChild({
    key: AZURE_DATABRICKS_DIAGNOSTICS,
    parent: AZURE_DATABRICKS_WORKSPACES,
    spec: LIST_DIAGNOSTICS,
    suffix: '/providers/Microsoft.Insights/diagnosticSettings',
    apiVersion: '2021-05-01-preview',
    shape: DIAGNOSTIC_SHAPE,
    read: 'list',
  }),
] as readonly AzureCollector<unknown>[];
