import type { Check } from '../../../../../model/check.js';
import { monitoringCheck } from '../monitoring-check.js';

/** CIS 5.14: the whole monitoring chain for this item; see `chain.ts`. */
export const cloudWatchVpcChangesMonitored: Check = monitoringCheck({
  id: 'aws.cloudwatch.vpc-changes-monitored',
  cis: '5.14',
  severity: 'medium',
});
