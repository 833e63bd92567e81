/** Shared by the S3 checks: walking the bucket list, and reading Block Public Access switches. */
import { accountResource, awsResource, readGlobal } from '../../../src/engine/check-kit.js';
import { S3_BUCKETS } from '../../../src/providers/aws/inventory/s3.js';
/** One finding per bucket; a failed bucket list gives one error finding on the account. */
export function eachBucket(ctx, fn) {
    return readGlobal(ctx, S3_BUCKETS, accountResource(ctx), (buckets) => buckets.map((b) => fn(b, awsResource(ctx, 'AWS::S3::Bucket', b.region, b.arn, b.name))));
}
export const PAB_SWITCHES = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'];
/** The switches that are off; a missing configuration has all four off. */
export function switchesOff(pab) {
    return PAB_SWITCHES.filter((s) => !pab?.[s]);
}
