import type { Check } from '../../../src/model/check.js';
import { monitorActivityLogExported } from './azure.monitor.activity-log-exported.js';

/** Sorted by id. */
export const azureMonitorChecks: readonly Check[] = [monitorActivityLogExported];
