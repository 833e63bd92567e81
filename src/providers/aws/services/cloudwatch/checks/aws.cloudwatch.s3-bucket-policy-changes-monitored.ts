import type { Check } from '../../../../../model/check.js';
import { monitoringCheck } from '../monitoring-check.js';

/** CIS 5.8: the whole monitoring chain for this item; see `chain.ts`. */
export const cloudWatchS3BucketPolicyChangesMonitored: Check = monitoringCheck({
  id: 'aws.cloudwatch.s3-bucket-policy-changes-monitored',
  cis: '5.8',
  severity: 'medium',
});
