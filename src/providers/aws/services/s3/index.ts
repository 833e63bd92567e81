import type { AwsService } from '../../service.js';
import { s3AccountPublicAccessBlockEnabled } from './checks/aws.s3.account-public-access-block-enabled.js';
import { s3BucketAccessLoggingEnabled } from './checks/aws.s3.bucket-access-logging-enabled.js';
import { s3BucketDefaultEncryptionEnabled } from './checks/aws.s3.bucket-default-encryption-enabled.js';
import { s3BucketDefaultEncryptionKms } from './checks/aws.s3.bucket-default-encryption-kms.js';
import { s3BucketNoPublicAcl } from './checks/aws.s3.bucket-no-public-acl.js';
import { s3BucketObjectLockMfaDelete } from './checks/aws.s3.bucket-object-lock-mfa-delete.js';
import { s3BucketPolicyNoOutsideAccess } from './checks/aws.s3.bucket-policy-no-outside-access.js';
import { s3BucketPolicyNotPublic } from './checks/aws.s3.bucket-policy-not-public.js';
import { s3BucketPublicAccessBlockEnabled } from './checks/aws.s3.bucket-public-access-block-enabled.js';
import { s3BucketPublicAccessLatent } from './checks/aws.s3.bucket-public-access-latent.js';
import { s3BucketTlsOnly } from './checks/aws.s3.bucket-tls-only.js';
import { s3BucketVersioningEnabled } from './checks/aws.s3.bucket-versioning-enabled.js';
import { s3Collectors } from './collect.js';
import { demoS3 } from './demo.js';
import { S3_PARAMS } from './params.js';

export const s3: AwsService = {
  id: 's3',
  collectors: s3Collectors,
  params: S3_PARAMS,
  // Sorted by id.
  checks: [
    s3AccountPublicAccessBlockEnabled,
    s3BucketAccessLoggingEnabled,
    s3BucketDefaultEncryptionEnabled,
    s3BucketDefaultEncryptionKms,
    s3BucketNoPublicAcl,
    s3BucketObjectLockMfaDelete,
    s3BucketPolicyNoOutsideAccess,
    s3BucketPolicyNotPublic,
    s3BucketPublicAccessBlockEnabled,
    s3BucketPublicAccessLatent,
    s3BucketTlsOnly,
    s3BucketVersioningEnabled,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoS3,
};
