import type { Check } from '../../../../../model/check.js';
import { monitoringCheck } from '../monitoring-check.js';

/** CIS 5.1: the whole monitoring chain for this item; see `chain.ts`. */
export const cloudWatchUnauthorizedApiCallsMonitored: Check = monitoringCheck({
  id: 'aws.cloudwatch.unauthorized-api-calls-monitored',
  cis: '5.1',
  severity: 'medium',
});
