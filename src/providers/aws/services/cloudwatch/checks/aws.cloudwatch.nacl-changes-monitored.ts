import type { Check } from '../../../../../model/check.js';
import { monitoringCheck } from '../monitoring-check.js';

/** CIS 5.11: the whole monitoring chain for this item; see `chain.ts`. */
export const cloudWatchNaclChangesMonitored: Check = monitoringCheck({
  id: 'aws.cloudwatch.nacl-changes-monitored',
  cis: '5.11',
  severity: 'medium',
});
