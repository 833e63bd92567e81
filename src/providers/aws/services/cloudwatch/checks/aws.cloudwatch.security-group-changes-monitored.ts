import type { Check } from '../../../../../model/check.js';
import { monitoringCheck } from '../monitoring-check.js';

/** CIS 5.10: the whole monitoring chain for this item; see `chain.ts`. */
export const cloudWatchSecurityGroupChangesMonitored: Check = monitoringCheck({
  id: 'aws.cloudwatch.security-group-changes-monitored',
  cis: '5.10',
  severity: 'medium',
});
