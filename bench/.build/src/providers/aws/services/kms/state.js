/** KMS inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
/** Why automatic rotation cannot apply to a key, or `null` when it can. */
export function rotationNotApplicable(k) {
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
export const KMS_KEYS = inventoryKey('aws.kms.keys', 'regional');
/** Per key id, only for keys where `rotationNotApplicable` is null. */
export const KMS_KEY_ROTATION = inventoryKey('aws.kms.keyRotation', 'regional');
/** Per key id, the `default` policy of every customer-managed key, normalised by `parsePolicyDocument`. */
export const KMS_KEY_POLICIES = inventoryKey('aws.kms.keyPolicies', 'regional');
/** A key's ARN from its id, for keys whose `DescribeKey` failed. */
export function kmsKeyArn(partition, region, account, keyId) {
  return `arn:${partition}:kms:${region}:${account}:key/${keyId}`;
}
