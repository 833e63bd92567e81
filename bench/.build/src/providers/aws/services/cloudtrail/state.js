/** CloudTrail inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
/**
 * `DescribeTrails` per region, keeping the trails whose home region is that region, so a
 * multi-region trail is listed once. Shadow trails are requested (and then filtered by home
 * region) because a member account sees its organisation trail only as a shadow trail.
 * A multi-region trail homed in a region the scan left out is listed in the first scanned
 * region instead. The API has no pagination.
 */
export const CLOUDTRAIL_TRAILS = inventoryKey('aws.cloudtrail.trails', 'regional');
/** Per trail ARN, for the trails homed in the region. */
export const CLOUDTRAIL_TRAIL_STATUS = inventoryKey('aws.cloudtrail.trailStatus', 'regional');
/** Per trail ARN, for the trails homed in the region. */
export const CLOUDTRAIL_EVENT_SELECTORS = inventoryKey('aws.cloudtrail.eventSelectors', 'regional');
