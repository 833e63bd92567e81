import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup, pass } from '../../../../check-kit.js';
import { eachBucket } from '../helpers.js';
import { S3_BUCKET_ENCRYPTION, S3_BUCKETS } from '../state.js';

const KMS = new Set(['aws:kms', 'aws:kms:dsse']);

export const s3BucketDefaultEncryptionEnabled: Check = {
  meta: {
    id: 'aws.s3.bucket-default-encryption-enabled',
    title: 'S3 buckets encrypt new objects by default',
    provider: 'aws',
    service: 's3',
    resourceType: 'AWS::S3::Bucket',
    severity: 'medium',
    requires: [S3_BUCKETS, S3_BUCKET_ENCRYPTION],
    rationale:
      'Passes when the bucket has a default encryption rule; the finding says whether it uses KMS keys (SSE-KMS or DSSE-KMS, with customer-controlled key policies and CloudTrail records of each use) or S3-managed keys (SSE-S3). ' +
      'Fails when GetBucketEncryption reports no configuration. Since January 2023 S3 applies SSE-S3 to every bucket that has no rule of its own and reports it as a configuration, ' +
      'so a missing configuration is rare and usually means an unusual endpoint or a partition where that default does not apply; objects written there may be stored unencrypted.',
    remediation: {
      text: 'Set default encryption on the bucket, preferably SSE-KMS with a customer managed key and S3 Bucket Keys enabled.',
      console: 'S3 → bucket → Properties → Default encryption → Edit',
      cli: 'aws s3api put-bucket-encryption --bucket <name> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<key-arn>"},"BucketKeyEnabled":true}]}\'',
    },
  },
  evaluate(ctx) {
    return eachBucket(ctx, (b, resource) => {
      const got = all(resource, [lookup(ctx, S3_BUCKET_ENCRYPTION, b.name)]);
      if (!got.ok) return got.finding;
      const [enc] = got.values;
      if (!enc) return fail(resource, 'encryption-missing', `Bucket ${b.name} has no default encryption.`, { encryption: null });
      const observed = {
        algorithm: enc.algorithm,
        ...(enc.kmsKeyId ? { kmsKeyId: enc.kmsKeyId } : {}),
        bucketKeyEnabled: enc.bucketKeyEnabled,
      };
      if (KMS.has(enc.algorithm)) {
        const key = enc.kmsKeyId ?? 'the AWS managed key aws/s3';
        return pass(resource, 'encryption-kms', `Bucket ${b.name} encrypts new objects with KMS (${enc.algorithm}, ${key}).`, {
          ...observed,
          keyType: 'kms',
        });
      }
      if (enc.algorithm === 'AES256') {
        return pass(resource, 'encryption-s3-managed', `Bucket ${b.name} encrypts new objects with S3-managed keys (SSE-S3).`, {
          ...observed,
          keyType: 's3-managed',
        });
      }
      return pass(resource, 'encryption-other', `Bucket ${b.name} encrypts new objects with ${enc.algorithm}.`, {
        ...observed,
        keyType: 'other',
      });
    });
  },
};
