/** Secrets Manager inventory shapes and keys. No SDK imports. Secret values are never read. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { PolicyDocument } from '../../iam-policy.js';
import type { Named } from '../each-resource.js';

/** `ListSecrets`, reduced to what the checks read (ISO dates). */
export interface Secret extends Named {
  rotationEnabled: boolean;
  lastRotated?: string;
  /** Secrets Manager records access to the day only. */
  lastAccessed?: string;
  created?: string;
  /** The KMS key the secret is encrypted with; absent means the AWS managed aws/secretsmanager key. */
  kmsKeyId?: string;
}

export const SECRETS = inventoryKey<readonly Secret[]>('aws.secretsmanager.secrets', 'regional');
/** Resource policy by secret ARN; `null` when the secret has none. */
export const SECRET_POLICIES = inventoryKey<PerResource<PolicyDocument | null>>('aws.secretsmanager.resourcePolicies', 'regional');
