/** Small builders for Azure check tests: ARM-shaped items with only what a case varies. */

import { SUBSCRIPTION } from '../../../test/support/snapshot.js';
import type { KeyVault, VaultKey } from './services/keyvault/state.js';
import type { FlowLog, NetworkSecurityGroup, NetworkWatcher, SecurityRule } from './services/network/state.js';
import type { GenericResource, ManagementLock, ResourceGroup } from './services/resources/state.js';
import { lockScope } from './services/resources/state.js';
import type { SqlDatabase, SqlFirewallRule, SqlServer } from './services/sql/state.js';
import type { BlobServiceProperties, StorageAccount } from './services/storage/state.js';

export const SUB_ID = `/subscriptions/${SUBSCRIPTION}`;
export const LOCATION = 'westeurope';

export function armId(group: string, type: string, name: string): string {
  return `${SUB_ID}/resourceGroups/${group}/providers/${type}/${name}`;
}

export function group(name: string, tags: Record<string, string> = {}): ResourceGroup {
  return { id: `${SUB_ID}/resourceGroups/${name}`, name, type: 'Microsoft.Resources/resourceGroups', location: LOCATION, tags };
}

export function resource(name: string, opts: { group?: string; tags?: Record<string, string>; managedBy?: string } = {}): GenericResource {
  return {
    id: armId(opts.group ?? 'rg-app', 'Microsoft.Compute/virtualMachines', name),
    name,
    type: 'Microsoft.Compute/virtualMachines',
    location: LOCATION,
    tags: opts.tags ?? {},
    ...(opts.managedBy ? { managedBy: opts.managedBy } : {}),
  };
}

export function lock(name: string, scope: string, level: ManagementLock['properties']['level'] = 'CanNotDelete'): ManagementLock {
  const id = `${scope}/providers/Microsoft.Authorization/locks/${name}`;
  return { id, name, type: 'Microsoft.Authorization/locks', properties: { level }, scope: lockScope(id) };
}

export function storageAccount(
  name: string,
  properties: StorageAccount['properties'] = {},
  opts: { kind?: string; group?: string } = {},
): StorageAccount {
  return {
    id: armId(opts.group ?? 'rg-data', 'Microsoft.Storage/storageAccounts', name),
    name,
    type: 'Microsoft.Storage/storageAccounts',
    location: LOCATION,
    tags: {},
    kind: opts.kind ?? 'StorageV2',
    properties,
  };
}

export function blobService(account: StorageAccount, blobs: boolean, containers: boolean): BlobServiceProperties {
  return {
    id: `${account.id}/blobServices/default`,
    name: 'default',
    type: 'Microsoft.Storage/storageAccounts/blobServices',
    properties: { deleteRetentionPolicy: { enabled: blobs, days: 7 }, containerDeleteRetentionPolicy: { enabled: containers, days: 7 } },
  };
}

type RuleProps = SecurityRule['properties'];

/** An inbound rule; override any property. */
export function rule(name: string, props: Partial<RuleProps> = {}): SecurityRule {
  return {
    id: `${armId('rg-net', 'Microsoft.Network/networkSecurityGroups', 'nsg')}/securityRules/${name}`,
    name,
    type: 'Microsoft.Network/networkSecurityGroups/securityRules',
    properties: {
      direction: 'Inbound',
      access: 'Allow',
      protocol: 'Tcp',
      priority: 100,
      sourceAddressPrefix: '10.0.0.0/8',
      destinationPortRange: '443',
      ...props,
    },
  };
}

/** Azure's own default inbound rules: the VNet and load balancer are allowed, everything else denied. */
export const DEFAULT_RULES: SecurityRule[] = [
  rule('AllowVnetInBound', { protocol: '*', priority: 65000, sourceAddressPrefix: 'VirtualNetwork', destinationPortRange: '*' }),
  rule('AllowAzureLoadBalancerInBound', {
    protocol: '*',
    priority: 65001,
    sourceAddressPrefix: 'AzureLoadBalancer',
    destinationPortRange: '*',
  }),
  rule('DenyAllInBound', { access: 'Deny', protocol: '*', priority: 65500, sourceAddressPrefix: '*', destinationPortRange: '*' }),
];

export function nsg(
  name: string,
  rules: SecurityRule[],
  attach: { subnets?: string[]; nics?: string[] } = {},
  location = LOCATION,
): NetworkSecurityGroup {
  return {
    id: armId('rg-net', 'Microsoft.Network/networkSecurityGroups', name),
    name,
    type: 'Microsoft.Network/networkSecurityGroups',
    location,
    tags: {},
    properties: {
      securityRules: rules,
      defaultSecurityRules: DEFAULT_RULES,
      ...(attach.subnets ? { subnets: attach.subnets.map((id) => ({ id })) } : {}),
      ...(attach.nics ? { networkInterfaces: attach.nics.map((id) => ({ id })) } : {}),
    },
  };
}

export const VNET = armId('rg-net', 'Microsoft.Network/virtualNetworks', 'vnet-1');
export const SUBNET = `${VNET}/subnets/app`;

export function watcher(location = LOCATION): NetworkWatcher {
  return {
    id: armId('NetworkWatcherRG', 'Microsoft.Network/networkWatchers', `NetworkWatcher_${location}`),
    name: `NetworkWatcher_${location}`,
    type: 'Microsoft.Network/networkWatchers',
    location,
    tags: {},
  };
}

export function flowLog(target: string, enabled = true): FlowLog {
  return {
    id: `${watcher().id}/flowLogs/fl-${target.split('/').pop()}`,
    name: `fl-${target.split('/').pop()}`,
    type: 'Microsoft.Network/networkWatchers/flowLogs',
    location: LOCATION,
    tags: {},
    properties: { targetResourceId: target, enabled },
  };
}

export function vault(name: string, properties: Partial<KeyVault['properties']> = {}): KeyVault {
  return {
    id: armId('rg-sec', 'Microsoft.KeyVault/vaults', name),
    name,
    type: 'Microsoft.KeyVault/vaults',
    location: LOCATION,
    tags: {},
    properties: { tenantId: 'tenant', ...properties },
  };
}

/** A key or secret entry (the shapes are the same for what checks read). */
export function vaultItem(v: KeyVault, name: string, attributes: { enabled?: boolean; expires?: string } = {}): VaultKey {
  return { id: `${v.id}/keys/${name}`, name, type: 'Microsoft.KeyVault/vaults/keys', properties: { attributes } };
}

export function sqlServer(name: string, properties: SqlServer['properties'] = {}): SqlServer {
  return {
    id: armId('rg-db', 'Microsoft.Sql/servers', name),
    name,
    type: 'Microsoft.Sql/servers',
    location: LOCATION,
    tags: {},
    properties,
  };
}

export function database(server: SqlServer, name: string): SqlDatabase {
  return {
    id: `${server.id}/databases/${name}`,
    name,
    type: 'Microsoft.Sql/servers/databases',
    location: LOCATION,
    tags: {},
    properties: { status: 'Online' },
  };
}

export function firewallRule(server: SqlServer, name: string, start: string, end: string): SqlFirewallRule {
  return {
    id: `${server.id}/firewallRules/${name}`,
    name,
    type: 'Microsoft.Sql/servers/firewallRules',
    properties: { startIpAddress: start, endIpAddress: end },
  };
}
