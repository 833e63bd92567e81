import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { type BucketVersioning, S3_BUCKET_VERSIONING, S3_BUCKETS } from '../state.js';
import { s3BucketVersioningEnabled as check } from './aws.s3.bucket-versioning-enabled.js';

const bucket = (name: string, region = 'us-east-1') => ({ name, arn: `arn:aws:s3:::${name}`, region });
const versioning = (status: BucketVersioning['status']): Fetched<BucketVersioning> => ok({ status, mfaDelete: false });
const withBuckets = () => snapshot().global(S3_BUCKETS, [bucket('a')]);

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'enabled passes',
      snapshot: withBuckets().global(S3_BUCKET_VERSIONING, { a: versioning('Enabled') }),
      expected: [['pass', 'versioning-enabled']],
    },
    {
      name: 'suspended fails',
      snapshot: withBuckets().global(S3_BUCKET_VERSIONING, { a: versioning('Suspended') }),
      expected: [['fail', 'versioning-off']],
    },
    {
      name: 'never enabled fails',
      snapshot: withBuckets().global(S3_BUCKET_VERSIONING, { a: versioning('Disabled') }),
      expected: [['fail', 'versioning-off']],
    },
    {
      name: 'per-bucket denial is an error, not a fail',
      snapshot: withBuckets().global(S3_BUCKET_VERSIONING, { a: denied('s3:GetBucketVersioning') }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied bucket list is an error',
      snapshot: snapshot().global(S3_BUCKETS, denied('s3:ListBuckets', 's3:ListAllMyBuckets')),
      expected: [['error', 'error.denied']],
    },
    { name: 'key missing from snapshot is an error', snapshot: withBuckets(), expected: [['error', 'error.unknown']] },
    {
      name: 'a bucket outside the scanned regions is not evaluated',
      snapshot: snapshot(['eu-west-1'])
        .global(S3_BUCKETS, [bucket('a', 'eu-west-1'), bucket('far', 'ap-southeast-2')])
        .global(S3_BUCKET_VERSIONING, { a: versioning('Suspended') }),
      expected: [['fail', 'versioning-off']],
    },
    { name: 'no buckets gives no findings', snapshot: snapshot().global(S3_BUCKETS, []).global(S3_BUCKET_VERSIONING, {}), expected: [] },
  ],
};
