/** Azure networking inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
/** `NetworkSecurityGroups.listAll` (paged). */
export const AZURE_NSGS = inventoryKey('azure.network.nsgs', 'global');
/** `NetworkWatchers.listAll`. */
export const AZURE_NETWORK_WATCHERS = inventoryKey('azure.network.watchers', 'global');
/** Per network watcher ARM id (as listed): `FlowLogs.list` (paged), so one unreadable watcher hides only its region. */
export const AZURE_FLOW_LOGS = inventoryKey('azure.network.flowLogs', 'global');
