import { DEMO_SUBSCRIPTION, DEMO_TENANT, demoId, demoResource, get } from '../../../../../demo/azure/ids.js';
import { list, pages, type ReplayRoutes, subscriptionList } from '../../replay.js';

const SERVER = 'Microsoft.Sql/servers';
const server = demoId('rg-data', SERVER, 'acme-sql-orders');

const database = (name: string): Record<string, unknown> =>
  demoResource('rg-data', `${SERVER}/databases`, name, 'westeurope', {
    id: `${server}/databases/${name}`,
    kind: 'v12.0,user',
    properties: { status: 'Online' },
  });

/**
 * One server with an Entra admin and TLS 1.2, but auditing off, a firewall rule open to
 * every address, and one database whose TDE was switched off.
 */
export const demoAzureSql: ReplayRoutes = {
  [subscriptionList(DEMO_SUBSCRIPTION, SERVER)]: list([
    demoResource('rg-data', SERVER, 'acme-sql-orders', 'westeurope', {
      kind: 'v12.0',
      tags: { owner: 'data-team' },
      properties: {
        administratorLogin: 'sqladmin',
        version: '12.0',
        minimalTlsVersion: '1.2',
        publicNetworkAccess: 'Enabled',
        administrators: {
          administratorType: 'ActiveDirectory',
          principalType: 'Group',
          login: 'sql-admins',
          sid: '5c1e2d3f-0000-4000-8000-00000000beef',
          tenantId: DEMO_TENANT,
          azureADOnlyAuthentication: true,
        },
      },
    }),
  ]),
  [get(`${server}/auditingSettings/default`)]: {
    body: {
      id: `${server}/auditingSettings/default`,
      name: 'default',
      type: `${SERVER}/auditingSettings`,
      properties: { state: 'Disabled', retentionDays: 0, isAzureMonitorTargetEnabled: false },
    },
  },
  [get(`${server}/firewallRules`)]: pages(
    [
      {
        id: `${server}/firewallRules/AllowAllWindowsAzureIps`,
        name: 'AllowAllWindowsAzureIps',
        type: `${SERVER}/firewallRules`,
        properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' },
      },
    ],
    [
      {
        id: `${server}/firewallRules/temp-migration`,
        name: 'temp-migration',
        type: `${SERVER}/firewallRules`,
        properties: { startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' },
      },
    ],
  ),
  [get(`${server}/databases`)]: list([database('master'), database('orders'), database('reporting')]),
  [get(`${server}/databases/orders/transparentDataEncryption/current`)]: {
    body: {
      id: `${server}/databases/orders/transparentDataEncryption/current`,
      name: 'current',
      type: `${SERVER}/databases/transparentDataEncryption`,
      properties: { state: 'Enabled' },
    },
  },
  [get(`${server}/databases/reporting/transparentDataEncryption/current`)]: {
    body: {
      id: `${server}/databases/reporting/transparentDataEncryption/current`,
      name: 'current',
      type: `${SERVER}/databases/transparentDataEncryption`,
      properties: { state: 'Disabled' },
    },
  },
};
