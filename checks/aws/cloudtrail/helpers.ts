/** Shared by the CloudTrail checks: walking each region's trails. */

import type { CheckContext, Finding } from '../../../src/model/check.js';
import type { ResourceRef } from '../../../src/model/resource.js';
import { CLOUDTRAIL_TRAILS, type CloudTrailTrail } from '../../../src/providers/aws/inventory/cloudtrail.js';
import { accountResource, awsResource, readRegional } from '../../../src/providers/check-kit.js';

/** One finding per trail, in its home region; a region whose trail list failed gives one error finding. */
export function eachTrail(ctx: CheckContext, fn: (trail: CloudTrailTrail, resource: ResourceRef, region: string) => Finding): Finding[] {
  return readRegional(
    ctx,
    CLOUDTRAIL_TRAILS,
    (r) => accountResource(ctx, 'AWS::::Account', r),
    (trails, region) => trails.map((t) => fn(t, awsResource(ctx, 'AWS::CloudTrail::Trail', region, t.arn, t.name), region)),
  );
}
