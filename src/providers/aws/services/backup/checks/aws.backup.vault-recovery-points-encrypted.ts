import { errorFinding, fail, lookup, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { BACKUP_RECOVERY_POINTS, BACKUP_VAULTS } from '../state.js';

export const backupVaultRecoveryPointsEncrypted = eachResource(
  {
    id: 'aws.backup.vault-recovery-points-encrypted',
    title: 'AWS Backup recovery points are encrypted',
    service: 'backup',
    resourceType: 'AWS::Backup::BackupVault',
    severity: 'medium',
    requires: [BACKUP_VAULTS, BACKUP_RECOVERY_POINTS],
    rationale:
      'One finding per vault. Passes when every recovery point in it reports IsEncrypted. Fails when any does not: services ' +
      "whose backups inherit the source's encryption (EBS snapshots, RDS snapshots) keep an unencrypted source's data " +
      'unencrypted in the vault. The finding lists up to 20 such recovery points.',
    remediation: {
      text: 'Encrypt the source resources; copy unencrypted recovery points with a KMS key and delete the originals.',
      cli: 'aws backup start-copy-job --recovery-point-arn <arn> --source-backup-vault-name <vault> --destination-backup-vault-arn <encrypted-vault-arn> --iam-role-arn <role>',
    },
  },
  BACKUP_VAULTS,
  (v, r, ctx, region) => {
    const got = lookup(ctx, BACKUP_RECOVERY_POINTS, v.name, region);
    if (!got.ok) return errorFinding(r, got.error);
    const { total, unencryptedCount, unencrypted } = got.value;
    return unencryptedCount === 0
      ? pass(r, 'all-encrypted', `All ${total} recovery points in vault ${v.name} are encrypted.`, { total })
      : fail(r, 'unencrypted', `${unencryptedCount} of ${total} recovery points in vault ${v.name} are not encrypted.`, {
          total,
          unencryptedCount,
          unencrypted,
        });
  },
);
