import { networkNsgFlowLogsEnabled } from './azure.network.nsg-flow-logs-enabled.js';
import { networkNsgNoAdminPortsOpen } from './azure.network.nsg-no-admin-ports-open.js';
/** Sorted by id. */
export const azureNetworkChecks = [networkNsgFlowLogsEnabled, networkNsgNoAdminPortsOpen];
