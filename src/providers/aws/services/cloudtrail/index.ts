import type { AwsService } from '../../service.js';
import { cloudTrailCloudWatchLogsIntegrated } from './checks/aws.cloudtrail.cloudwatch-logs-integrated.js';
import { cloudTrailLogFileValidationEnabled } from './checks/aws.cloudtrail.log-file-validation-enabled.js';
import { cloudTrailMultiRegionTrailLogging } from './checks/aws.cloudtrail.multi-region-trail-logging.js';
import { cloudTrailTrailBucketSecure } from './checks/aws.cloudtrail.trail-bucket-secure.js';
import { cloudTrailTrailKmsEncrypted } from './checks/aws.cloudtrail.trail-kms-encrypted.js';
import { cloudTrailCollectors } from './collect.js';
import { demoCloudTrail } from './demo.js';

export const cloudTrail: AwsService = {
  id: 'cloudtrail',
  collectors: cloudTrailCollectors,
  // Sorted by id.
  checks: [
    cloudTrailCloudWatchLogsIntegrated,
    cloudTrailLogFileValidationEnabled,
    cloudTrailMultiRegionTrailLogging,
    cloudTrailTrailBucketSecure,
    cloudTrailTrailKmsEncrypted,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoCloudTrail,
};
