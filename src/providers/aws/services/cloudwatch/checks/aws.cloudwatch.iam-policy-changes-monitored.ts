import type { Check } from '../../../../../model/check.js';
import { monitoringCheck } from '../monitoring-check.js';

/** CIS 5.4: the whole monitoring chain for this item; see `chain.ts`. */
export const cloudWatchIamPolicyChangesMonitored: Check = monitoringCheck({
  id: 'aws.cloudwatch.iam-policy-changes-monitored',
  cis: '5.4',
  severity: 'medium',
});
