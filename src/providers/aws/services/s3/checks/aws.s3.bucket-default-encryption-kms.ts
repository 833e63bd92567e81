import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup, notApplicable, paramsOf, pass } from '../../../../check-kit.js';
import { eachBucket } from '../helpers.js';
import { S3_PARAMS } from '../params.js';
import { S3_BUCKET_ENCRYPTION, S3_BUCKETS } from '../state.js';

const KMS = new Set(['aws:kms', 'aws:kms:dsse']);

export const s3BucketDefaultEncryptionKms: Check = {
  meta: {
    id: 'aws.s3.bucket-default-encryption-kms',
    title: 'S3 buckets encrypt new objects with SSE-KMS by default (when required)',
    provider: 'aws',
    service: 's3',
    resourceType: 'AWS::S3::Bucket',
    severity: 'medium',
    requires: [S3_BUCKETS, S3_BUCKET_ENCRYPTION],
    rationale:
      'For organisations that mandate KMS keys: only judged when the aws.s3 parameter requireKms is true (default false, when every bucket is not applicable). ' +
      "Then fails when the bucket's default encryption is SSE-S3 (AES256) or absent, and passes for SSE-KMS (aws:kms) or dual-layer SSE-KMS (aws:kms:dsse); the key is named, and the AWS managed key aws/s3 is used when none is given. " +
      'KMS keys add a separate permission (kms:Decrypt) to reading objects, key policies and CloudTrail records of every use; SSE-S3 has neither.',
    remediation: {
      text: 'Set default encryption to SSE-KMS with a customer-managed key, and enable S3 Bucket Keys to limit KMS request costs.',
      console: 'S3 → bucket → Properties → Default encryption → Edit → SSE-KMS',
      cli: 'aws s3api put-bucket-encryption --bucket <name> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<key-arn>"},"BucketKeyEnabled":true}]}\'',
    },
  },
  evaluate(ctx) {
    const { requireKms } = paramsOf(ctx, 'aws.s3', S3_PARAMS);
    return eachBucket(ctx, (b, resource) => {
      if (!requireKms)
        return notApplicable(
          resource,
          'kms-not-required',
          `SSE-KMS is not required (aws.s3 requireKms is false); bucket ${b.name} is not judged.`,
        );
      const got = all(resource, [lookup(ctx, S3_BUCKET_ENCRYPTION, b.name)]);
      if (!got.ok) return got.finding;
      const [enc] = got.values;
      if (enc && KMS.has(enc.algorithm)) {
        return pass(
          resource,
          'kms-default',
          `Bucket ${b.name} encrypts new objects with ${enc.algorithm} using ${enc.kmsKeyId ?? 'the AWS managed key aws/s3'}.`,
          { algorithm: enc.algorithm, kmsKeyId: enc.kmsKeyId ?? null },
        );
      }
      return fail(resource, 'not-kms', `Bucket ${b.name} default encryption is ${enc ? enc.algorithm : 'not configured'}, not SSE-KMS.`, {
        algorithm: enc?.algorithm ?? null,
      });
    });
  },
};
