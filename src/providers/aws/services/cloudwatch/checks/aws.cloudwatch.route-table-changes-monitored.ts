import type { Check } from '../../../../../model/check.js';
import { monitoringCheck } from '../monitoring-check.js';

/** CIS 5.13: the whole monitoring chain for this item; see `chain.ts`. */
export const cloudWatchRouteTableChangesMonitored: Check = monitoringCheck({
  id: 'aws.cloudwatch.route-table-changes-monitored',
  cis: '5.13',
  severity: 'medium',
});
