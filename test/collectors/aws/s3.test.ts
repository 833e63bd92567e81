import { GetBucketVersioningCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { S3_BUCKETS, S3_BUCKET_VERSIONING } from '../../../src/providers/aws/inventory/s3.js';
import { s3BucketVersioningEnabled } from '../../../checks/aws/s3/aws.s3.bucket-versioning-enabled.js';
import { awsError, collect, fakeService, throttledThen } from '../../support/aws.js';

const s3 = mockClient(S3Client);
afterEach(() => s3.reset());

describe('aws.s3.buckets', () => {
  it('follows ListBuckets pages and keeps each bucket region', async () => {
    s3.on(ListBucketsCommand)
      .resolvesOnce({ Buckets: [{ Name: 'b1', BucketRegion: 'eu-west-1' }], ContinuationToken: 't1' })
      .resolvesOnce({ Buckets: [{ Name: 'b2', BucketRegion: 'us-east-2' }] });
    const { inventory } = await collect([S3_BUCKETS]);
    const entry = inventory['aws.s3.buckets']!['global']!;
    expect(entry.result).toEqual({ ok: true, value: [
      { name: 'b1', arn: 'arn:aws:s3:::b1', region: 'eu-west-1' },
      { name: 'b2', arn: 'arn:aws:s3:::b2', region: 'us-east-2' },
    ] });
    expect(s3.commandCalls(ListBucketsCommand)[1]!.args[0].input).toMatchObject({ ContinuationToken: 't1' });
  });

  it('classifies AccessDenied with the IAM action needed', async () => {
    s3.on(ListBucketsCommand).rejects(awsError('AccessDenied', 403));
    const { inventory } = await collect([S3_BUCKET_VERSIONING]);
    const expected = { kind: 'denied', api: 's3:ListBuckets', action: 's3:ListAllMyBuckets' };
    expect(inventory['aws.s3.buckets']!['global']!.result).toMatchObject({ ok: false, error: expected });
    // The dependent key inherits the original error rather than inventing one.
    expect(inventory['aws.s3.bucketVersioning']!['global']!.result).toMatchObject({ ok: false, error: expected });
  });
});

describe('aws.s3.bucketVersioning', () => {
  it('reads each bucket once in its own region, whatever number of checks need it', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b1', BucketRegion: 'eu-west-1' }, { Name: 'b2', BucketRegion: 'us-east-1' }] });
    s3.on(GetBucketVersioningCommand, { Bucket: 'b1' }).resolves({ Status: 'Enabled', MFADelete: 'Enabled' });
    s3.on(GetBucketVersioningCommand, { Bucket: 'b2' }).rejects(awsError('AccessDenied', 403));
    const twin = { ...s3BucketVersioningEnabled, meta: { ...s3BucketVersioningEnabled.meta, id: 'twin' } };
    const { inventory } = await collect([s3BucketVersioningEnabled, twin]);
    expect(s3.commandCalls(ListBucketsCommand)).toHaveLength(1);
    expect(s3.commandCalls(GetBucketVersioningCommand)).toHaveLength(2);
    const v = inventory['aws.s3.bucketVersioning']!['global']!.result;
    expect(v).toMatchObject({ ok: true, value: {
      b1: { ok: true, value: { status: 'Enabled', mfaDelete: true } },
      b2: { ok: false, error: { kind: 'denied', api: 's3:GetBucketVersioning' } },
    } });
  });

  it('reports a bucket with no versioning history as Disabled', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b1', BucketRegion: 'us-east-1' }] });
    s3.on(GetBucketVersioningCommand).resolves({});
    const { inventory } = await collect([S3_BUCKET_VERSIONING]);
    expect(inventory['aws.s3.bucketVersioning']!['global']!.result).toMatchObject({ ok: true, value: { b1: { ok: true, value: { status: 'Disabled' } } } });
  });

  it('lets the SDK retry throttling, then succeeds, and counts the throttles', async () => {
    s3.restore();
    try {
      const list = throttledThen({ Buckets: [{ Name: 'b1', BucketRegion: 'us-east-1' }] }, 2, 'SlowDown');
      const { inventory, stats } = await collect([S3_BUCKET_VERSIONING], {
        client: { configure: fakeService({ ListBuckets: list, GetBucketVersioning: () => ({ Status: 'Suspended' }) }) },
      });
      expect(inventory['aws.s3.bucketVersioning']!['global']!.result).toMatchObject({ ok: true, value: { b1: { ok: true, value: { status: 'Suspended' } } } });
      expect(list.calls).toBe(3);
      expect(stats.toJSON()['s3:ListBuckets']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
    } finally {
      mockClient(S3Client);
    }
  });

  it('reports throttling that outlasts the retries as throttled, never as data', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'b1', BucketRegion: 'us-east-1' }] });
    s3.on(GetBucketVersioningCommand).rejects(awsError('SlowDown', 503));
    const { inventory } = await collect([S3_BUCKET_VERSIONING]);
    expect(inventory['aws.s3.bucketVersioning']!['global']!.result).toMatchObject({ ok: true, value: { b1: { ok: false, error: { kind: 'throttled' } } } });
  });
});
