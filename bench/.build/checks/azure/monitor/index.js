import { monitorActivityLogExported } from './azure.monitor.activity-log-exported.js';
/** Sorted by id. */
export const azureMonitorChecks = [monitorActivityLogExported];
