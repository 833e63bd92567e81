import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { BACKUP_VAULTS } from '../state.js';

export const backupVaultLocked = eachResource(
  {
    id: 'aws.backup.vault-locked',
    title: 'AWS Backup vaults have Vault Lock',
    service: 'backup',
    resourceType: 'AWS::Backup::BackupVault',
    severity: 'medium',
    requires: [BACKUP_VAULTS],
    rationale:
      'Passes when ListBackupVaults reports Locked: Vault Lock enforces a minimum retention and refuses early deletion of ' +
      'recovery points. A lock with a LockDate is compliance mode (immutable once that date passes, even for the root user); ' +
      'one without is governance mode (removable by users with the right permission); the finding says which. Fails without a lock.',
    remediation: {
      text: 'Apply Vault Lock with a minimum retention, in compliance mode for backups that must survive a compromised account.',
      cli: 'aws backup put-backup-vault-lock-configuration --backup-vault-name <name> --min-retention-days 7 --changeable-for-days 3',
    },
  },
  BACKUP_VAULTS,
  (v, r) =>
    v.locked
      ? pass(r, 'locked', `Vault ${v.name} is locked in ${v.lockDate ? 'compliance' : 'governance'} mode.`, {
          mode: v.lockDate ? 'compliance' : 'governance',
          lockDate: v.lockDate ?? null,
          minRetentionDays: v.minRetentionDays ?? null,
        })
      : fail(r, 'unlocked', `Vault ${v.name} has no Vault Lock.`, { locked: false }),
);
