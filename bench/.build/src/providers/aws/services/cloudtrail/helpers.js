/** Shared by the CloudTrail checks: walking each region's trails. */
import { accountResource, awsResource, readRegional } from '../../../check-kit.js';
import { CLOUDTRAIL_TRAILS } from './state.js';
/** One finding per trail, in its home region; a region whose trail list failed gives one error finding. */
export function eachTrail(ctx, fn) {
  return readRegional(
    ctx,
    CLOUDTRAIL_TRAILS,
    (r) => accountResource(ctx, 'AWS::::Account', r),
    (trails, region) => trails.map((t) => fn(t, awsResource(ctx, 'AWS::CloudTrail::Trail', region, t.arn, t.name), region)),
  );
}
