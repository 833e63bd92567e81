/** Small builders for CloudTrail check cases. */

import { ACCOUNT } from '../../../../../../test/support/snapshot.js';
import type { CloudTrailTrail, TrailEventSelectors, TrailStatus } from '../state.js';

/** A well-configured trail homed in `region`; override what the case is about. */
export function trail(name: string, over: Partial<CloudTrailTrail> = {}, region = 'us-east-1'): CloudTrailTrail {
  return {
    name,
    arn: `arn:aws:cloudtrail:${region}:${ACCOUNT}:trail/${name}`,
    homeRegion: region,
    isMultiRegion: true,
    isOrganizationTrail: false,
    s3BucketName: 'trail-logs',
    kmsKeyId: `arn:aws:kms:${region}:${ACCOUNT}:key/1111`,
    logFileValidationEnabled: true,
    cloudWatchLogsLogGroupArn: `arn:aws:logs:${region}:${ACCOUNT}:log-group:trail:*`,
    hasCustomEventSelectors: false,
    hasInsightSelectors: false,
    ...over,
  };
}

export const logging = (over: Partial<TrailStatus> = {}): TrailStatus => ({ isLogging: true, ...over });

const NO_DATA = { allBuckets: false, buckets: [] };

export const selectors = (
  managementEvents: TrailEventSelectors['managementEvents'] = 'all',
  s3DataEvents: Partial<TrailEventSelectors['s3DataEvents']> = {},
): TrailEventSelectors => ({
  style: 'classic',
  managementEvents,
  excludedManagementEventSources: [],
  s3DataEvents: { read: NO_DATA, write: NO_DATA, ...s3DataEvents },
});
