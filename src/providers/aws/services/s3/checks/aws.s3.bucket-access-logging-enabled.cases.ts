import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import { S3_BUCKET_LOGGING, S3_BUCKETS } from '../state.js';
import { s3BucketAccessLoggingEnabled as check } from './aws.s3.bucket-access-logging-enabled.js';
import { withBuckets } from './builders.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'target set passes',
      snapshot: withBuckets().global(S3_BUCKET_LOGGING, { a: ok({ targetBucket: 'logs', targetPrefix: 'a/' }) }),
      expected: [['pass', 'access-logging-enabled']],
    },
    {
      name: 'logging into the bucket itself fails',
      snapshot: withBuckets().global(S3_BUCKET_LOGGING, { a: ok({ targetBucket: 'a', targetPrefix: 'logs/' }) }),
      expected: [['fail', 'access-logging-to-self']],
    },
    {
      name: 'logging off fails',
      snapshot: withBuckets().global(S3_BUCKET_LOGGING, { a: ok(null) }),
      expected: [['fail', 'access-logging-off']],
    },
    {
      name: 'one finding per bucket, each on its own data',
      snapshot: withBuckets('a', 'b').global(S3_BUCKET_LOGGING, { a: ok(null), b: denied('s3:GetBucketLogging') }),
      expected: [
        ['fail', 'access-logging-off'],
        ['error', 'error.denied'],
      ],
    },
    {
      name: 'whole key failed is an error per bucket',
      snapshot: withBuckets().global(S3_BUCKET_LOGGING, denied('s3:ListBuckets', 's3:ListAllMyBuckets')),
      expected: [['error', 'error.denied']],
    },
    { name: 'no buckets gives no findings', snapshot: snapshot().global(S3_BUCKETS, []).global(S3_BUCKET_LOGGING, {}), expected: [] },
  ],
};
