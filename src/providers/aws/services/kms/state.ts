/** KMS inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { PolicyDocument } from '../../iam-policy.js';

/** `DescribeKey`, reduced to what checks and the rotation/policy collectors need. */
export interface KmsKey {
  keyId: string;
  arn: string;
  /** `AWS` keys are created and managed by AWS services on the account's behalf. */
  keyManager: 'AWS' | 'CUSTOMER';
  /** e.g. `SYMMETRIC_DEFAULT`, `RSA_2048`, `HMAC_256`. */
  keySpec: string;
  /** e.g. `ENCRYPT_DECRYPT`, `SIGN_VERIFY`, `GENERATE_VERIFY_MAC`. */
  keyUsage: string;
  /** e.g. `Enabled`, `Disabled`, `PendingDeletion`. */
  keyState: string;
  /** `AWS_KMS`, `EXTERNAL` (imported material), `AWS_CLOUDHSM` or `EXTERNAL_KEY_STORE`. */
  origin: string;
  multiRegion: boolean;
}

/** `GetKeyRotationStatus`. */
export interface KeyRotation {
  enabled: boolean;
  /** Days between automatic rotations, when rotation is on. */
  periodDays?: number;
}

/** Why automatic rotation cannot apply to a key, or `null` when it can. */
export function rotationNotApplicable(k: KmsKey): string | null {
  if (k.keyManager !== 'CUSTOMER') return 'AWS-managed keys are rotated by AWS';
  if (k.keySpec !== 'SYMMETRIC_DEFAULT' || k.keyUsage !== 'ENCRYPT_DECRYPT') {
    return `automatic rotation applies only to symmetric encryption keys (this key is ${k.keySpec}/${k.keyUsage})`;
  }
  // Imported material and custom key stores cannot rotate automatically; KMS answers UnsupportedOperation.
  if (k.origin !== 'AWS_KMS') return `automatic rotation is not supported for keys with origin ${k.origin}`;
  if (k.keyState !== 'Enabled' && k.keyState !== 'Disabled') return `the key is ${k.keyState}`;
  return null;
}

/** `ListKeys` (paginated), then `DescribeKey` per key; keyed by key id, each with its own result. */
export const KMS_KEYS = inventoryKey<PerResource<KmsKey>>('aws.kms.keys', 'regional');
/** Per key id, only for keys where `rotationNotApplicable` is null. */
export const KMS_KEY_ROTATION = inventoryKey<PerResource<KeyRotation>>('aws.kms.keyRotation', 'regional');
/** Per key id, the `default` policy of every customer-managed key, normalised by `parsePolicyDocument`. */
export const KMS_KEY_POLICIES = inventoryKey<PerResource<PolicyDocument>>('aws.kms.keyPolicies', 'regional');

/** A key's ARN from its id, for keys whose `DescribeKey` failed. */
export function kmsKeyArn(partition: string, region: string, account: string, keyId: string): string {
  return `arn:${partition}:kms:${region}:${account}:key/${keyId}`;
}
