/** Shared by the S3 checks: walking the bucket list, and reading Block Public Access switches. */

import type { CheckContext, Finding } from '../../../../model/check.js';
import type { ResourceRef } from '../../../../model/resource.js';
import { accountResource, awsResource, readGlobal } from '../../../check-kit.js';
import { bucketsInRegions, type PublicAccessBlock, S3_BUCKETS, type S3Bucket } from './state.js';

/**
 * One finding per bucket in a scanned region; a failed bucket list gives one error finding on
 * the account. Buckets in other regions are left out (the run notes how many).
 */
export function eachBucket(ctx: CheckContext, fn: (bucket: S3Bucket, resource: ResourceRef) => Finding): Finding[] {
  return readGlobal(ctx, S3_BUCKETS, accountResource(ctx), (buckets) =>
    bucketsInRegions(buckets, ctx.snapshot.regions).map((b) => fn(b, awsResource(ctx, 'AWS::S3::Bucket', b.region, b.arn, b.name))),
  );
}

export const PAB_SWITCHES = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'] as const;

/** The switches that are off; a missing configuration has all four off. */
export function switchesOff(pab: PublicAccessBlock | null): string[] {
  return PAB_SWITCHES.filter((s) => !pab?.[s]);
}
