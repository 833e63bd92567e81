import { monitorActivityLogExported } from './checks/azure.monitor.activity-log-exported.js';
import { monitorCollectors } from './collect.js';
import { demoAzureMonitor } from './demo.js';
export const monitor = {
  id: 'monitor',
  collectors: monitorCollectors,
  // Sorted by id.
  checks: [monitorActivityLogExported],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoAzureMonitor,
};
