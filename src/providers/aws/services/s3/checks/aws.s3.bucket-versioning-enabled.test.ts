import { describe, expect, it } from 'vitest';
import { denied, ok, run, snapshot } from '../../../../../../test/support/snapshot.js';
import { S3_BUCKET_VERSIONING, S3_BUCKETS } from '../state.js';
import { s3BucketVersioningEnabled as check } from './aws.s3.bucket-versioning-enabled.js';

describe(check.meta.id, () => {
  it('names the missing permission and the bucket region in the error', () => {
    const s = snapshot(['eu-west-1'])
      .global(S3_BUCKETS, [{ name: 'a', arn: 'arn:aws:s3:::a', region: 'eu-west-1' }])
      .global(S3_BUCKET_VERSIONING, ok({ a: denied('s3:GetBucketVersioning') }));
    const [f] = run(check, s);
    expect(f?.message).toContain('s3:GetBucketVersioning');
    expect(f?.resource.region).toBe('eu-west-1');
  });
});
