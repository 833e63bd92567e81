/**
 * NSGs, Network Watchers and flow logs through arm-network. `listAll` returns every NSG
 * with its rules in one paged call per subscription; flow logs are children of each
 * regional watcher, which Resource Graph does not index, so they are one list per watcher.
 */
import { api } from '../../../../inventory/collector.js';
import { childCollector, listCollector } from '../../collect-kit.js';
import type { AzureCollector } from '../../context.js';
import { project, type Shape, wireList, withTags } from '../../wire.js';
import {
  AZURE_FLOW_LOGS,
  AZURE_NETWORK_WATCHERS,
  AZURE_NSGS,
  type FlowLog,
  type NetworkSecurityGroup,
  type NetworkWatcher,
  type SecurityRule,
} from './state.js';

const LIST_NSGS = api('Microsoft.Network/networkSecurityGroups:list', 'Microsoft.Network/networkSecurityGroups/read');
const LIST_WATCHERS = api('Microsoft.Network/networkWatchers:list', 'Microsoft.Network/networkWatchers/read');
const LIST_FLOW_LOGS = api('Microsoft.Network/networkWatchers/flowLogs:list', 'Microsoft.Network/networkWatchers/flowLogs/read');

const RULE: Shape<SecurityRule> = {
  id: true,
  name: true,
  type: true,
  properties: {
    direction: true,
    access: true,
    protocol: true,
    priority: true,
    sourceAddressPrefix: true,
    sourceAddressPrefixes: true,
    destinationPortRange: true,
    destinationPortRanges: true,
    sourceApplicationSecurityGroups: { id: true },
  },
};
const NSG: Shape<NetworkSecurityGroup> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  properties: { securityRules: RULE, defaultSecurityRules: RULE, subnets: { id: true }, networkInterfaces: { id: true } },
};
const WATCHER: Shape<NetworkWatcher> = { id: true, name: true, type: true, location: true, tags: true };
const FLOW_LOG: Shape<FlowLog> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  properties: {
    targetResourceId: true,
    enabled: true,
    storageId: true,
    retentionPolicy: { enabled: true, days: true },
    flowAnalyticsConfiguration: { networkWatcherFlowAnalyticsConfiguration: { enabled: true, workspaceResourceId: true } },
  },
};

function toNsg(raw: unknown): NetworkSecurityGroup {
  const nsg = withTags(project(raw, NSG));
  // ARM omits empty rule lists; an NSG with no custom rules has none, which is a fact.
  const p = nsg.properties ?? {};
  return { ...nsg, properties: { ...p, securityRules: p.securityRules ?? [], defaultSecurityRules: p.defaultSecurityRules ?? [] } };
}

export const networkCollectors = [
  listCollector(AZURE_NSGS, 'network', LIST_NSGS, (c) => c.networkSecurityGroups.listAll(), toNsg),
  listCollector(
    AZURE_NETWORK_WATCHERS,
    'network',
    LIST_WATCHERS,
    (c) => c.networkWatchers.listAll(),
    (w) => withTags(project(w, WATCHER)),
  ),
  childCollector({
    key: AZURE_FLOW_LOGS,
    service: 'network',
    spec: LIST_FLOW_LOGS,
    parent: AZURE_NETWORK_WATCHERS,
    fetch: async (c, at, _w, ctx) =>
      (await wireList(ctx, LIST_FLOW_LOGS, () => c.flowLogs.list(at.resourceGroup, at.name))).map((f) => withTags(project(f, FLOW_LOG))),
  }),
] as readonly AzureCollector<unknown>[];
