import type { Check } from '../../../../../model/check.js';
import { monitoringCheck } from '../monitoring-check.js';

/** CIS 5.5: the whole monitoring chain for this item; see `chain.ts`. */
export const cloudWatchCloudtrailChangesMonitored: Check = monitoringCheck({
  id: 'aws.cloudwatch.cloudtrail-changes-monitored',
  cis: '5.5',
  severity: 'high',
});
