import type { Check } from '../../../../../model/check.js';
import { monitoringCheck } from '../monitoring-check.js';

/** CIS 5.9: the whole monitoring chain for this item; see `chain.ts`. */
export const cloudWatchConfigChangesMonitored: Check = monitoringCheck({
  id: 'aws.cloudwatch.config-changes-monitored',
  cis: '5.9',
  severity: 'medium',
});
