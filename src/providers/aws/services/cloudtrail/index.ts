import type { AwsService } from '../../service.js';
import { cloudTrailCloudWatchLogsIntegrated } from './checks/aws.cloudtrail.cloudwatch-logs-integrated.js';
import { cloudTrailLogFileValidationEnabled } from './checks/aws.cloudtrail.log-file-validation-enabled.js';
import { cloudTrailMultiRegionTrailLogging } from './checks/aws.cloudtrail.multi-region-trail-logging.js';
import { cloudTrailS3ObjectReadEventsLogged } from './checks/aws.cloudtrail.s3-object-read-events-logged.js';
import { cloudTrailS3ObjectWriteEventsLogged } from './checks/aws.cloudtrail.s3-object-write-events-logged.js';
import { cloudTrailTrailBucketSecure } from './checks/aws.cloudtrail.trail-bucket-secure.js';
import { cloudTrailTrailKmsEncrypted } from './checks/aws.cloudtrail.trail-kms-encrypted.js';
import { cloudTrailTrailRecordsAllManagementEvents } from './checks/aws.cloudtrail.trail-records-all-management-events.js';
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
    cloudTrailS3ObjectReadEventsLogged,
    cloudTrailS3ObjectWriteEventsLogged,
    cloudTrailTrailBucketSecure,
    cloudTrailTrailKmsEncrypted,
    cloudTrailTrailRecordsAllManagementEvents,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoCloudTrail,
};
