/** CloudTrail inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { ManagementEventCoverage, S3DataEventCoverage } from '../../cloudtrail-selectors.js';

/** A trail as listed in its home region (`DescribeTrails`, shadow trails dropped outside their home). */
export interface CloudTrailTrail {
  name: string;
  arn: string;
  homeRegion: string;
  isMultiRegion: boolean;
  isOrganizationTrail: boolean;
  s3BucketName?: string;
  kmsKeyId?: string;
  logFileValidationEnabled: boolean;
  cloudWatchLogsLogGroupArn?: string;
  hasCustomEventSelectors: boolean;
  hasInsightSelectors: boolean;
}

/** `GetTrailStatus`: whether the trail records, and how its deliveries are going. Times are ISO strings. */
export interface TrailStatus {
  isLogging: boolean;
  latestDeliveryTime?: string;
  latestDeliveryError?: string;
  latestCloudWatchLogsDeliveryTime?: string;
  latestCloudWatchLogsDeliveryError?: string;
}

/** Which management events a trail records, whichever selector style it uses. */
export type { ManagementEventCoverage, S3DataEventCoverage };

/** `GetEventSelectors`, normalised across classic and advanced selectors. */
export interface TrailEventSelectors {
  /** `advanced` when the trail uses AdvancedEventSelectors (the two styles are exclusive). */
  style: 'classic' | 'advanced' | 'none';
  managementEvents: ManagementEventCoverage;
  /** Event sources left out of management-event logging (e.g. `kms.amazonaws.com`). */
  excludedManagementEventSources: string[];
  /** Which buckets' S3 object-level events are recorded, for reads and for writes. */
  s3DataEvents: { read: S3DataEventCoverage; write: S3DataEventCoverage };
}

/**
 * `DescribeTrails` per region, keeping the trails whose home region is that region, so a
 * multi-region trail is listed once. Shadow trails are requested (and then filtered by home
 * region) because a member account sees its organisation trail only as a shadow trail.
 * A multi-region trail homed in a region the scan left out is listed in the first scanned
 * region instead. The API has no pagination.
 */
export const CLOUDTRAIL_TRAILS = inventoryKey<CloudTrailTrail[]>('aws.cloudtrail.trails', 'regional');
/** Per trail ARN, for the trails homed in the region. */
export const CLOUDTRAIL_TRAIL_STATUS = inventoryKey<PerResource<TrailStatus>>('aws.cloudtrail.trailStatus', 'regional');
/** Per trail ARN, for the trails homed in the region. */
export const CLOUDTRAIL_EVENT_SELECTORS = inventoryKey<PerResource<TrailEventSelectors>>('aws.cloudtrail.eventSelectors', 'regional');
