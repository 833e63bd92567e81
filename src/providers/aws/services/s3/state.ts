/** S3 inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { PolicyDocument } from '../../iam-policy.js';

export interface S3Bucket {
  name: string;
  arn: string;
  region: string;
  createdAt?: string;
}

export interface BucketVersioning {
  status: 'Enabled' | 'Suspended' | 'Disabled';
  mfaDelete: boolean;
}

/** The four Block Public Access switches, at account or bucket level. An unset switch is off. */
export interface PublicAccessBlock {
  blockPublicAcls: boolean;
  ignorePublicAcls: boolean;
  blockPublicPolicy: boolean;
  restrictPublicBuckets: boolean;
}

export interface AclGrant {
  granteeType: 'CanonicalUser' | 'AmazonCustomerByEmail' | 'Group';
  /** Set for `Group` grantees, e.g. `http://acs.amazonaws.com/groups/global/AllUsers`. */
  uri?: string;
  /** Canonical user id for `CanonicalUser` grantees. Display names and emails are not kept. */
  id?: string;
  permission: 'FULL_CONTROL' | 'READ' | 'READ_ACP' | 'WRITE' | 'WRITE_ACP';
}

export interface BucketAcl {
  ownerId?: string;
  grants: AclGrant[];
}

/** `AES256` is SSE-S3; `aws:kms` SSE-KMS; `aws:kms:dsse` dual-layer SSE-KMS. Other values are kept as sent. */
export type SseAlgorithm = 'AES256' | 'aws:kms' | 'aws:kms:dsse' | (string & {});

/** The bucket's default encryption rule. */
export interface BucketEncryption {
  algorithm: SseAlgorithm;
  /** Only for KMS algorithms; absent means the AWS managed key `aws/s3`. */
  kmsKeyId?: string;
  bucketKeyEnabled: boolean;
}

export interface BucketLogging {
  targetBucket: string;
  targetPrefix: string;
}

export interface BucketObjectLock {
  enabled: boolean;
  defaultRetention?: { mode: 'GOVERNANCE' | 'COMPLIANCE'; days?: number; years?: number };
}

/** `ListBuckets` (paginated) with each bucket's region, so per-bucket calls go to the right endpoint. */
export const S3_BUCKETS = inventoryKey<S3Bucket[]>('aws.s3.buckets', 'global');
/** Per bucket name. */
export const S3_BUCKET_VERSIONING = inventoryKey<PerResource<BucketVersioning>>('aws.s3.bucketVersioning', 'global');
/** S3 Control `GetPublicAccessBlock` for the account; `null` when never configured. */
export const S3_ACCOUNT_PUBLIC_ACCESS_BLOCK = inventoryKey<PublicAccessBlock | null>('aws.s3.accountPublicAccessBlock', 'global');
/** Per bucket name; `null` when the bucket has no Block Public Access configuration. */
export const S3_BUCKET_PUBLIC_ACCESS_BLOCK = inventoryKey<PerResource<PublicAccessBlock | null>>(
  'aws.s3.bucketPublicAccessBlock',
  'global',
);
/** Per bucket name. */
export const S3_BUCKET_ACL = inventoryKey<PerResource<BucketAcl>>('aws.s3.bucketAcl', 'global');
/** Per bucket name; `null` when the bucket has no policy. */
export const S3_BUCKET_POLICY = inventoryKey<PerResource<PolicyDocument | null>>('aws.s3.bucketPolicy', 'global');
/** Per bucket name; `null` when no default encryption is configured. */
export const S3_BUCKET_ENCRYPTION = inventoryKey<PerResource<BucketEncryption | null>>('aws.s3.bucketEncryption', 'global');
/** Per bucket name; `null` when server access logging is off. */
export const S3_BUCKET_LOGGING = inventoryKey<PerResource<BucketLogging | null>>('aws.s3.bucketLogging', 'global');
/** Per bucket name; `null` when the bucket has no Object Lock configuration. */
export const S3_BUCKET_OBJECT_LOCK = inventoryKey<PerResource<BucketObjectLock | null>>('aws.s3.bucketObjectLock', 'global');

/**
 * Buckets whose region is among the scanned regions. `ListBuckets` is account-wide, but a
 * scan limited with `--regions` must not read or judge buckets elsewhere: their per-bucket
 * calls go to regions the caller chose to leave out (often denied there by an SCP).
 */
export function bucketsInRegions(buckets: readonly S3Bucket[], regions: readonly string[]): S3Bucket[] {
  const scanned = new Set(regions);
  return buckets.filter((b) => scanned.has(b.region));
}

/** The run note for buckets left out by `bucketsInRegions`; undefined when none were. */
export function bucketsSkippedNote(buckets: readonly S3Bucket[], regions: readonly string[]): string | undefined {
  const scanned = new Set(regions);
  const byRegion = new Map<string, number>();
  for (const b of buckets) if (!scanned.has(b.region)) byRegion.set(b.region, (byRegion.get(b.region) ?? 0) + 1);
  if (byRegion.size === 0) return undefined;
  const skipped = [...byRegion.values()].reduce((a, n) => a + n, 0);
  const where = [...byRegion.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  return `S3: ${skipped} bucket(s) in regions outside this scan were listed but not read or evaluated (${where}); add those regions to --regions to include them.`;
}

/** Group grantees that make an ACL grant public. */
export const ALL_USERS_URI = 'http://acs.amazonaws.com/groups/global/AllUsers';
export const AUTHENTICATED_USERS_URI = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
