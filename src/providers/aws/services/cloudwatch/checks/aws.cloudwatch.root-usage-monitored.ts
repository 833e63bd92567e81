import type { Check } from '../../../../../model/check.js';
import { monitoringCheck } from '../monitoring-check.js';

/** CIS 5.3: the whole monitoring chain for this item; see `chain.ts`. */
export const cloudWatchRootUsageMonitored: Check = monitoringCheck({
  id: 'aws.cloudwatch.root-usage-monitored',
  cis: '5.3',
  severity: 'high',
});
