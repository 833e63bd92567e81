import { type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import { type BucketEncryption, S3_BUCKET_ENCRYPTION } from '../state.js';
import { s3BucketDefaultEncryptionKms as check } from './aws.s3.bucket-default-encryption-kms.js';
import { withBuckets } from './builders.fixtures.js';

const enc = (algorithm: string, kmsKeyId?: string): BucketEncryption => ({
  algorithm,
  ...(kmsKeyId ? { kmsKeyId } : {}),
  bucketKeyEnabled: true,
});
const withEnc = (e: BucketEncryption | null) => withBuckets().global(S3_BUCKET_ENCRYPTION, { a: ok(e) });
const required = { 'aws.s3': { requireKms: true } };

export const table: CheckCases = {
  check,
  cases: [
    { name: 'not required by default', snapshot: withEnc(enc('AES256')), expected: [['not_applicable', 'kms-not-required']] },
    {
      name: 'SSE-KMS passes when required',
      snapshot: withEnc(enc('aws:kms', 'arn:aws:kms:us-east-1:111122223333:key/1')),
      serviceParams: required,
      expected: [['pass', 'kms-default']],
    },
    {
      name: 'dual-layer SSE-KMS passes',
      snapshot: withEnc(enc('aws:kms:dsse')),
      serviceParams: required,
      expected: [['pass', 'kms-default']],
    },
    { name: 'SSE-S3 fails when required', snapshot: withEnc(enc('AES256')), serviceParams: required, expected: [['fail', 'not-kms']] },
    {
      name: 'no default encryption fails when required',
      snapshot: withEnc(null),
      serviceParams: required,
      expected: [['fail', 'not-kms']],
    },
    {
      name: 'unreadable is an error',
      snapshot: withBuckets().global(S3_BUCKET_ENCRYPTION, { a: denied('s3:GetBucketEncryption') }),
      serviceParams: required,
      expected: [['error', 'error.denied']],
    },
  ],
};
