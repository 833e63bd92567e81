import type { AzureCollector } from '../../context.js';
import type { AzureService } from '../../service.js';
import { networkNsgFlowLogsEnabled } from './checks/azure.network.nsg-flow-logs-enabled.js';
import { networkNsgNoAdminPortsOpen } from './checks/azure.network.nsg-no-admin-ports-open.js';
import { networkCollectors } from './collect.js';
import { demoAzureNetwork } from './demo.js';

export const network: AzureService = {
  id: 'network',
  collectors: networkCollectors as readonly AzureCollector<unknown>[],
  // Sorted by id.
  checks: [networkNsgFlowLogsEnabled, networkNsgNoAdminPortsOpen],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoAzureNetwork,
};
