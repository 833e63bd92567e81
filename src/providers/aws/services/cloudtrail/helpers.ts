/** Shared by the CloudTrail checks: walking each region's trails. */

import type { CheckContext, Finding } from '../../../../model/check.js';
import type { ResourceRef } from '../../../../model/resource.js';
import { accountResource, awsResource, readRegional } from '../../../check-kit.js';
import { CLOUDTRAIL_TRAILS, type CloudTrailTrail } from './state.js';

/** One finding per trail, in its home region; a region whose trail list failed gives one error finding. */
export function eachTrail(ctx: CheckContext, fn: (trail: CloudTrailTrail, resource: ResourceRef, region: string) => Finding): Finding[] {
  return readRegional(
    ctx,
    CLOUDTRAIL_TRAILS,
    (r) => accountResource(ctx, 'AWS::::Account', r),
    (trails, region) => trails.map((t) => fn(t, awsResource(ctx, 'AWS::CloudTrail::Trail', region, t.arn, t.name), region)),
  );
}
