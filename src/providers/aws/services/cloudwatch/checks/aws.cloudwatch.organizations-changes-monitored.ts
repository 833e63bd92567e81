import type { Check } from '../../../../../model/check.js';
import { monitoringCheck } from '../monitoring-check.js';

/** CIS 5.15: the whole monitoring chain for this item; see `chain.ts`. */
export const cloudWatchOrganizationsChangesMonitored: Check = monitoringCheck({
  id: 'aws.cloudwatch.organizations-changes-monitored',
  cis: '5.15',
  severity: 'medium',
});
