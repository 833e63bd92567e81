import type { Check } from '../../../../../model/check.js';
import { monitoringCheck } from '../monitoring-check.js';

/** CIS 5.2: the whole monitoring chain for this item; see `chain.ts`. */
export const cloudWatchConsoleSigninWithoutMfaMonitored: Check = monitoringCheck({
  id: 'aws.cloudwatch.console-signin-without-mfa-monitored',
  cis: '5.2',
  severity: 'high',
});
