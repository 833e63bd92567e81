/**
 * One resource (or setting) for every key of the ARM service folders, as a complete subscription
 * would have them: shared tests that evaluate every Azure check over one snapshot add these.
 */
import { ok, type SnapshotBuilder } from '../../../../test/support/snapshot.js';
import { AZURE_AKS_CLUSTERS } from '../services/aks/state.js';
import { gateway, policy as wafPolicy } from '../services/appgateway/cases.fixtures.js';
import { AZURE_APP_GATEWAYS, AZURE_WAF_POLICIES } from '../services/appgateway/state.js';
import { component } from '../services/applicationinsights/cases.fixtures.js';
import { AZURE_APP_INSIGHTS } from '../services/applicationinsights/state.js';
import { auth, config, site } from '../services/appservice/cases.fixtures.js';
import { AZURE_WEB_APPS, AZURE_WEB_AUTH, AZURE_WEB_CONFIG } from '../services/appservice/state.js';
import { owners } from '../services/authorization/cases.fixtures.js';
import { AZURE_CLASSIC_ADMINS, AZURE_CUSTOM_ROLES, AZURE_ROLE_ASSIGNMENTS } from '../services/authorization/state.js';
import { disk, guest, linuxVm, scaleSet, snapshot } from '../services/compute/cases.fixtures.js';
import { AZURE_COMPUTE_DISKS, AZURE_COMPUTE_SCALE_SETS, AZURE_COMPUTE_SNAPSHOTS, AZURE_COMPUTE_VMS } from '../services/compute/state.js';
import { registry } from '../services/containerregistry/cases.fixtures.js';
import { AZURE_REGISTRIES } from '../services/containerregistry/state.js';
import { account } from '../services/cosmosdb/cases.fixtures.js';
import { AZURE_COSMOS_ACCOUNTS } from '../services/cosmosdb/state.js';
import { diag, injected, vnet } from '../services/databricks/cases.fixtures.js';
import { AZURE_DATABRICKS_DIAGNOSTICS, AZURE_DATABRICKS_VNETS, AZURE_DATABRICKS_WORKSPACES } from '../services/databricks/state.js';
import { alert, cat } from '../services/monitor/alerts.fixtures.js';
import { AZURE_ACTIVITY_LOG_ALERTS } from '../services/monitor/state.js';
import { param as myParam, server as myServer } from '../services/mysql/cases.fixtures.js';
import { AZURE_MYSQL_PARAMETERS, AZURE_MYSQL_SERVERS } from '../services/mysql/state.js';
import { assignment } from '../services/policy/cases.fixtures.js';
import { AZURE_POLICY_ASSIGNMENTS, MCSB_INITIATIVE } from '../services/policy/state.js';
import { param as pgParam, server as pgServer } from '../services/postgresql/cases.fixtures.js';
import { AZURE_PG_PARAMETERS, AZURE_PG_SERVERS } from '../services/postgresql/state.js';
import { vault } from '../services/recoveryservices/cases.fixtures.js';
import { AZURE_RECOVERY_VAULTS } from '../services/recoveryservices/state.js';
import { AZURE_VNET_GATEWAYS, VNET_GATEWAY } from '../services/vpngateway/state.js';
import { res } from './cases.fixtures.js';

/** Adds every ARM service key; `groupId` is a resource group the snapshot lists (gateways are listed per group). */
export function withArmServices(b: SnapshotBuilder, groupId: string): SnapshotBuilder {
  const app = site('app1', { httpsOnly: true });
  const ws = injected('dbx1', { publicNetworkAccess: 'Disabled' });
  const waf = wafPolicy('waf1');
  const pg = pgServer('pg1', { network: { publicNetworkAccess: 'Disabled' }, backup: { geoRedundantBackup: 'Enabled' } });
  const my = myServer('my1', { network: { publicNetworkAccess: 'Disabled' }, backup: { geoRedundantBackup: 'Enabled' } });
  return b
    .global(AZURE_ACTIVITY_LOG_ALERTS, [alert('health', [cat('ServiceHealth')])])
    .global(AZURE_WEB_APPS, [app])
    .global(AZURE_WEB_CONFIG, {
      [app.id]: ok(
        config({
          minTlsVersion: '1.2',
          ftpsState: 'Disabled',
          http20Enabled: true,
          remoteDebuggingEnabled: false,
          linuxFxVersion: 'PYTHON|3.12',
        }),
      ),
    })
    .global(AZURE_WEB_AUTH, { [app.id]: ok(auth(true)) })
    .global(AZURE_DATABRICKS_WORKSPACES, [ws])
    .global(AZURE_DATABRICKS_VNETS, { [ws.id]: ok(vnet({ pub: true, priv: true })) })
    .global(AZURE_DATABRICKS_DIAGNOSTICS, { [ws.id]: ok([diag('d', true, '/law')]) })
    .global(AZURE_WAF_POLICIES, [waf])
    .global(AZURE_APP_GATEWAYS, [
      gateway('agw1', {
        firewallPolicy: { id: waf.id },
        enableHttp2: true,
        sslPolicy: { policyType: 'Predefined', policyName: 'AppGwSslPolicy20220101S' },
      }),
    ])
    .global(AZURE_ROLE_ASSIGNMENTS, owners(2))
    .global(AZURE_CUSTOM_ROLES, [])
    .global(AZURE_CLASSIC_ADMINS, [])
    .global(AZURE_POLICY_ASSIGNMENTS, [assignment('mcsb', MCSB_INITIATIVE)])
    .global(AZURE_APP_INSIGHTS, [component('ai1', { WorkspaceResourceId: '/law', DisableLocalAuth: true })])
    .global(AZURE_VNET_GATEWAYS, {
      [groupId]: ok([res(VNET_GATEWAY, 'vpn1', { gatewayType: 'Vpn', vpnClientConfiguration: { vpnAuthenticationTypes: ['AAD'] } })]),
    })
    .global(AZURE_AKS_CLUSTERS, [
      res('Microsoft.ContainerService/managedClusters', 'aks1', { enableRBAC: true, currentKubernetesVersion: '1.33.1' }),
    ])
    .global(AZURE_COMPUTE_VMS, [linuxVm('vm1', { linuxConfiguration: { disablePasswordAuthentication: true } })])
    .global(AZURE_COMPUTE_DISKS, [
      disk('disk1', { diskState: 'Unattached', encryption: { type: 'EncryptionAtRestWithPlatformKey' }, networkAccessPolicy: 'DenyAll' }),
    ])
    .global(AZURE_COMPUTE_SCALE_SETS, [
      scaleSet('vmss1', 'Uniform', guest('vmss1', 'Linux', { linuxConfiguration: { disablePasswordAuthentication: true } })),
    ])
    .global(AZURE_COMPUTE_SNAPSHOTS, [
      snapshot('snap1', { encryption: { type: 'EncryptionAtRestWithPlatformKey' }, networkAccessPolicy: 'DenyAll' }),
    ])
    .global(AZURE_COSMOS_ACCOUNTS, [account('cos1', { publicNetworkAccess: 'Disabled', minimalTlsVersion: 'Tls12' })])
    .global(AZURE_REGISTRIES, [registry('acr1')])
    .global(AZURE_RECOVERY_VAULTS, [vault('rsv1', { securitySettings: { softDeleteSettings: { softDeleteState: 'AlwaysON' } } })])
    .global(AZURE_PG_SERVERS, [pg])
    .global(AZURE_PG_PARAMETERS, {
      [pg.id]: ok(
        Object.entries({
          require_secure_transport: 'on',
          ssl_min_protocol_version: 'TLSv1.2',
          log_checkpoints: 'on',
          log_connections: 'on',
          log_disconnections: 'on',
          'connection_throttle.enable': 'on',
          'logfiles.retention_days': '7',
        }).map(([n, v]) => pgParam(n, v)),
      ),
    })
    .global(AZURE_MYSQL_SERVERS, [my])
    .global(AZURE_MYSQL_PARAMETERS, {
      [my.id]: ok(
        Object.entries({
          require_secure_transport: 'ON',
          tls_version: 'TLSv1.2',
          audit_log_enabled: 'ON',
          audit_log_events: 'CONNECTION',
        }).map(([n, v]) => myParam(n, v)),
      ),
    });
}

/**
 * One listed resource per list the ARM service folders read, as replay routes for `sub`, so a scan
 * drives every child collector to make its call (the shared "every collector declares its APIs" test).
 */
export function armServiceParents(
  sub: string,
  tracked: (type: string, name: string) => Record<string, unknown>,
): Record<string, { body: unknown }> {
  const types = [
    'Microsoft.Web/sites',
    'Microsoft.Databricks/workspaces',
    'Microsoft.DBforPostgreSQL/flexibleServers',
    'Microsoft.DBforMySQL/flexibleServers',
    'Microsoft.EventHub/namespaces',
    'Microsoft.ServiceBus/namespaces',
  ];
  const ws = tracked('Microsoft.Databricks/workspaces', 'dbx');
  const vnetId = `/subscriptions/${sub}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v`;
  return {
    ...Object.fromEntries(
      types.map((t) => [
        `GET /subscriptions/${sub}/providers/${t}`,
        {
          body: {
            value: [
              t === 'Microsoft.Databricks/workspaces'
                ? { ...ws, properties: { parameters: { customVirtualNetworkId: { value: vnetId } } } }
                : tracked(t, 'x'),
            ],
          },
        },
      ]),
    ),
    [`GET /subscriptions/${sub}/resourcegroups`]: {
      body: {
        value: [
          { id: `/subscriptions/${sub}/resourceGroups/rg`, name: 'rg', type: 'Microsoft.Resources/resourceGroups', location: 'westeurope' },
        ],
      },
    },
  };
}
