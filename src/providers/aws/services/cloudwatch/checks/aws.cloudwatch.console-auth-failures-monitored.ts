import type { Check } from '../../../../../model/check.js';
import { monitoringCheck } from '../monitoring-check.js';

/** CIS 5.6: the whole monitoring chain for this item; see `chain.ts`. */
export const cloudWatchConsoleAuthFailuresMonitored: Check = monitoringCheck({
  id: 'aws.cloudwatch.console-auth-failures-monitored',
  cis: '5.6',
  severity: 'medium',
});
