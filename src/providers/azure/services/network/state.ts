/** Azure networking inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { ArmResource, ArmSubResource } from '../../arm-state.js';

/** One NSG rule (user-defined or default), ARM wire names. */
export interface SecurityRule extends ArmSubResource {
  properties: {
    /** `Inbound` or `Outbound`. */
    direction: string;
    /** `Allow` or `Deny`. */
    access: string;
    /** `Tcp`, `Udp`, `Icmp`, `Esp`, `Ah` or `*`. */
    protocol: string;
    /** 100–4096 for user rules; lower numbers are evaluated first. */
    priority: number;
    /** A CIDR, an IP, `*` or a service tag such as `Internet` or `VirtualNetwork`. */
    sourceAddressPrefix?: string;
    sourceAddressPrefixes?: string[];
    /** `22`, `20-25` or `*`. */
    destinationPortRange?: string;
    destinationPortRanges?: string[];
    /** Application security groups as sources; their members are never the Internet. */
    sourceApplicationSecurityGroups?: { id: string }[];
  };
}

/** `NetworkSecurityGroups.listAll`. */
export interface NetworkSecurityGroup extends ArmResource {
  properties: {
    securityRules: SecurityRule[];
    defaultSecurityRules: SecurityRule[];
    /** Subnets the group is associated with (ids only). */
    subnets?: { id: string }[];
    /** Network interfaces the group is associated with (ids only). */
    networkInterfaces?: { id: string }[];
  };
}

/** `NetworkWatchers.listAll`: one watcher per region where Network Watcher is enabled. */
export type NetworkWatcher = ArmResource;

/** `FlowLogs.list` for one watcher. */
export interface FlowLog extends ArmResource {
  properties: {
    /** The NSG, virtual network, subnet or network interface the flow log watches. */
    targetResourceId: string;
    enabled?: boolean;
    storageId?: string;
    retentionPolicy?: { enabled?: boolean; days?: number };
    flowAnalyticsConfiguration?: {
      networkWatcherFlowAnalyticsConfiguration?: { enabled?: boolean; workspaceResourceId?: string };
    };
  };
}

/** `NetworkSecurityGroups.listAll` (paged). */
export const AZURE_NSGS = inventoryKey<NetworkSecurityGroup[]>('azure.network.nsgs', 'global');
/** `NetworkWatchers.listAll`. */
export const AZURE_NETWORK_WATCHERS = inventoryKey<NetworkWatcher[]>('azure.network.watchers', 'global');
/** Per network watcher ARM id (as listed): `FlowLogs.list` (paged), so one unreadable watcher hides only its region. */
export const AZURE_FLOW_LOGS = inventoryKey<PerResource<FlowLog[]>>('azure.network.flowLogs', 'global');
