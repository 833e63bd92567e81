import { cloudTrailCloudWatchLogsIntegrated } from './aws.cloudtrail.cloudwatch-logs-integrated.js';
import { cloudTrailLogFileValidationEnabled } from './aws.cloudtrail.log-file-validation-enabled.js';
import { cloudTrailMultiRegionTrailLogging } from './aws.cloudtrail.multi-region-trail-logging.js';
import { cloudTrailTrailBucketSecure } from './aws.cloudtrail.trail-bucket-secure.js';
import { cloudTrailTrailKmsEncrypted } from './aws.cloudtrail.trail-kms-encrypted.js';
export const cloudTrailChecks = [
    cloudTrailCloudWatchLogsIntegrated,
    cloudTrailLogFileValidationEnabled,
    cloudTrailMultiRegionTrailLogging,
    cloudTrailTrailBucketSecure,
    cloudTrailTrailKmsEncrypted,
];
