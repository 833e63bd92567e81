/** Two workspaces: a locked-down injected one with logs, and an analytics sandbox on the managed VNet with public IPs. */
import { demoId } from '../../../../../demo/azure/ids.js';
import type { ReplayRoutes } from '../../replay.js';
import { body, demoArm, demoList, page } from '../../service-kit/demo.js';
import { WORKSPACE } from './state.js';

const vnet = demoId('rg-data', 'Microsoft.Network/virtualNetworks', 'vnet-analytics');
const nsg = demoId('rg-data', 'Microsoft.Network/networkSecurityGroups', 'nsg-databricks');
const secure = demoArm(
  'rg-data',
  WORKSPACE,
  'acme-lakehouse',
  {
    parameters: {
      customVirtualNetworkId: { value: vnet },
      customPublicSubnetName: { value: 'dbx-host' },
      customPrivateSubnetName: { value: 'dbx-container' },
      enableNoPublicIp: { value: true },
    },
    publicNetworkAccess: 'Disabled',
    privateEndpointConnections: [{ id: `${vnet}/pe`, properties: { privateLinkServiceConnectionState: { status: 'Approved' } } }],
  },
  { sku: { name: 'premium' } },
);
const sandbox = demoArm(
  'rg-data',
  WORKSPACE,
  'acme-sandbox',
  { parameters: { enableNoPublicIp: { value: false } }, publicNetworkAccess: 'Enabled' },
  { sku: { name: 'standard' } },
);

export const databricksDemo: ReplayRoutes = {
  [demoList(WORKSPACE)]: page([secure, sandbox]),
  [`GET ${vnet}`]: body({
    id: vnet,
    properties: {
      subnets: [
        { name: 'dbx-host', properties: { networkSecurityGroup: { id: nsg } } },
        { name: 'dbx-container', properties: { networkSecurityGroup: { id: nsg } } },
      ],
    },
  }),
  [`GET ${secure.id}/providers/Microsoft.Insights/diagnosticSettings`]: page([
    {
      id: `${secure.id}/diag`,
      name: 'to-sentinel',
      properties: {
        workspaceId: demoId('rg-sec', 'Microsoft.OperationalInsights/workspaces', 'acme-logs'),
        logs: [{ categoryGroup: 'allLogs', enabled: true }],
      },
    },
  ]),
  [`GET ${sandbox.id}/providers/Microsoft.Insights/diagnosticSettings`]: page([]),
};
