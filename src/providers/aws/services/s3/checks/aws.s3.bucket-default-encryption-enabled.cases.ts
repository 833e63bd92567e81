import { type CheckCases, denied, ok, throttled } from '../../../../../../test/support/snapshot.js';
import { type BucketEncryption, S3_BUCKET_ENCRYPTION } from '../state.js';
import { s3BucketDefaultEncryptionEnabled as check } from './aws.s3.bucket-default-encryption-enabled.js';
import { withBuckets } from './builders.fixtures.js';

const enc = (v: BucketEncryption | null) => withBuckets().global(S3_BUCKET_ENCRYPTION, { a: ok(v) });
const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'SSE-KMS with a customer key passes as KMS',
      snapshot: enc({ algorithm: 'aws:kms', kmsKeyId: KEY, bucketKeyEnabled: true }),
      expected: [['pass', 'encryption-kms']],
    },
    {
      name: 'SSE-KMS with aws/s3 passes as KMS',
      snapshot: enc({ algorithm: 'aws:kms', bucketKeyEnabled: false }),
      expected: [['pass', 'encryption-kms']],
    },
    {
      name: 'DSSE-KMS passes as KMS',
      snapshot: enc({ algorithm: 'aws:kms:dsse', kmsKeyId: KEY, bucketKeyEnabled: false }),
      expected: [['pass', 'encryption-kms']],
    },
    {
      name: 'SSE-S3 passes as S3-managed',
      snapshot: enc({ algorithm: 'AES256', bucketKeyEnabled: false }),
      expected: [['pass', 'encryption-s3-managed']],
    },
    { name: 'no configuration fails', snapshot: enc(null), expected: [['fail', 'encryption-missing']] },
    {
      name: 'denied is an error, not a fail',
      snapshot: withBuckets().global(S3_BUCKET_ENCRYPTION, { a: denied('s3:GetBucketEncryption', 's3:GetEncryptionConfiguration') }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'throttled is an error',
      snapshot: withBuckets().global(S3_BUCKET_ENCRYPTION, { a: throttled('s3:GetBucketEncryption') }),
      expected: [['error', 'error.throttled']],
    },
  ],
};
