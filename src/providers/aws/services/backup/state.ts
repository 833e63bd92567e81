/** AWS Backup inventory shapes and keys. No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { PolicyDocument } from '../../iam-policy.js';
import type { Named } from '../each-resource.js';

/** `ListBackupPlans`. */
export interface BackupPlan extends Named {
  id: string;
}

/** `GetBackupPlan` and `ListBackupSelections` of one plan. */
export interface BackupPlanDetail {
  rules: readonly { name: string; copyDestinations: readonly string[] }[];
  /** Resource selections (assignments) attached to the plan; a plan without one backs up nothing. */
  selections: number;
}

/** `ListBackupVaults`, reduced. */
export interface BackupVault extends Named {
  locked: boolean;
  /** When a compliance-mode lock became (or becomes) immutable; absent for governance mode. */
  lockDate?: string;
  minRetentionDays?: number;
}

/** `ListRecoveryPointsByBackupVault`, summarised per vault. */
export interface VaultRecoveryPoints {
  total: number;
  /** ARNs of recovery points not encrypted (at most the first 20). */
  unencrypted: readonly string[];
  unencryptedCount: number;
}

export const BACKUP_PLANS = inventoryKey<readonly BackupPlan[]>('aws.backup.plans', 'regional');
/** Rules and selection count by plan id. */
export const BACKUP_PLAN_DETAILS = inventoryKey<PerResource<BackupPlanDetail>>('aws.backup.planDetails', 'regional');
export const BACKUP_VAULTS = inventoryKey<readonly BackupVault[]>('aws.backup.vaults', 'regional');
/** Vault access policy by vault name; `null` when the vault has none. */
export const BACKUP_VAULT_POLICIES = inventoryKey<PerResource<PolicyDocument | null>>('aws.backup.vaultPolicies', 'regional');
/** Recovery point encryption by vault name. */
export const BACKUP_RECOVERY_POINTS = inventoryKey<PerResource<VaultRecoveryPoints>>('aws.backup.recoveryPoints', 'regional');
