import { type CheckCases, denied, ok, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, S3_BUCKET_PUBLIC_ACCESS_BLOCK, S3_BUCKETS } from '../state.js';
import { s3BucketPublicAccessBlockEnabled as check } from './aws.s3.bucket-public-access-block-enabled.js';
import { pab, withBuckets } from './builders.fixtures.js';

const accountDenied = denied('s3control:GetPublicAccessBlock', 's3:GetAccountPublicAccessBlock');

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'bucket blocks everything itself',
      snapshot: withBuckets()
        .global(S3_BUCKET_PUBLIC_ACCESS_BLOCK, { a: ok(pab(true)) })
        .global(S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, null),
      expected: [['pass', 'bucket-bpa-enabled']],
    },
    {
      name: 'bucket blocks everything itself, account unreadable: the account is not needed',
      snapshot: withBuckets()
        .global(S3_BUCKET_PUBLIC_ACCESS_BLOCK, { a: ok(pab(true)) })
        .global(S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, accountDenied),
      expected: [['pass', 'bucket-bpa-enabled']],
    },
    {
      name: 'bucket unconfigured, account blocks everything: inherited',
      snapshot: withBuckets()
        .global(S3_BUCKET_PUBLIC_ACCESS_BLOCK, { a: ok(null) })
        .global(S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, pab(true)),
      expected: [['pass', 'bucket-bpa-inherited']],
    },
    {
      name: 'bucket and account each cover the switches the other lacks',
      snapshot: withBuckets()
        .global(S3_BUCKET_PUBLIC_ACCESS_BLOCK, { a: ok(pab(true, { blockPublicPolicy: false, restrictPublicBuckets: false })) })
        .global(S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, pab(false, { blockPublicPolicy: true, restrictPublicBuckets: true })),
      expected: [['pass', 'bucket-bpa-inherited']],
    },
    {
      name: 'a switch off at both levels fails',
      snapshot: withBuckets()
        .global(S3_BUCKET_PUBLIC_ACCESS_BLOCK, { a: ok(pab(true, { ignorePublicAcls: false })) })
        .global(S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, pab(false)),
      expected: [['fail', 'bucket-bpa-off']],
    },
    {
      name: 'nothing configured anywhere fails',
      snapshot: withBuckets()
        .global(S3_BUCKET_PUBLIC_ACCESS_BLOCK, { a: ok(null) })
        .global(S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, null),
      expected: [['fail', 'bucket-bpa-off']],
    },
    {
      name: 'bucket setting denied is an error',
      snapshot: withBuckets()
        .global(S3_BUCKET_PUBLIC_ACCESS_BLOCK, { a: denied('s3:GetPublicAccessBlock', 's3:GetBucketPublicAccessBlock') })
        .global(S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, pab(true)),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'bucket incomplete and account unreadable is an error, not a fail',
      snapshot: withBuckets()
        .global(S3_BUCKET_PUBLIC_ACCESS_BLOCK, { a: ok(null) })
        .global(S3_ACCOUNT_PUBLIC_ACCESS_BLOCK, throttled('s3control:GetPublicAccessBlock')),
      expected: [['error', 'error.throttled']],
    },
    {
      name: 'bucket list denied is one error',
      snapshot: snapshot().global(S3_BUCKETS, denied('s3:ListBuckets', 's3:ListAllMyBuckets')),
      expected: [['error', 'error.denied']],
    },
  ],
};
