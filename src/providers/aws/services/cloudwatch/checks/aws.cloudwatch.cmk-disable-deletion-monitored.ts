import type { Check } from '../../../../../model/check.js';
import { monitoringCheck } from '../monitoring-check.js';

/** CIS 5.7: the whole monitoring chain for this item; see `chain.ts`. */
export const cloudWatchCmkDisableDeletionMonitored: Check = monitoringCheck({
  id: 'aws.cloudwatch.cmk-disable-deletion-monitored',
  cis: '5.7',
  severity: 'medium',
});
