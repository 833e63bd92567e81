import type { AzureCollector } from '../../context.js';
import type { AzureService } from '../../service.js';
import { monitorActivityLogExported } from './checks/azure.monitor.activity-log-exported.js';
import { monitorCollectors } from './collect.js';
import { demoAzureMonitor } from './demo.js';

export const monitor: AzureService = {
  id: 'monitor',
  collectors: monitorCollectors as readonly AzureCollector<unknown>[],
  // Sorted by id.
  checks: [monitorActivityLogExported],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoAzureMonitor,
};
