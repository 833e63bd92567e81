import { s3AccountPublicAccessBlockEnabled } from './aws.s3.account-public-access-block-enabled.js';
import { s3BucketAccessLoggingEnabled } from './aws.s3.bucket-access-logging-enabled.js';
import { s3BucketDefaultEncryptionEnabled } from './aws.s3.bucket-default-encryption-enabled.js';
import { s3BucketNoPublicAcl } from './aws.s3.bucket-no-public-acl.js';
import { s3BucketObjectLockMfaDelete } from './aws.s3.bucket-object-lock-mfa-delete.js';
import { s3BucketPolicyNotPublic } from './aws.s3.bucket-policy-not-public.js';
import { s3BucketPublicAccessBlockEnabled } from './aws.s3.bucket-public-access-block-enabled.js';
import { s3BucketTlsOnly } from './aws.s3.bucket-tls-only.js';
import { s3BucketVersioningEnabled } from './aws.s3.bucket-versioning-enabled.js';
/** Sorted by id. */
export const s3Checks = [
    s3AccountPublicAccessBlockEnabled,
    s3BucketAccessLoggingEnabled,
    s3BucketDefaultEncryptionEnabled,
    s3BucketNoPublicAcl,
    s3BucketObjectLockMfaDelete,
    s3BucketPolicyNotPublic,
    s3BucketPublicAccessBlockEnabled,
    s3BucketTlsOnly,
    s3BucketVersioningEnabled,
];
