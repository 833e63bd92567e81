import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { deniedKey, R } from '../../cases.fixtures.js';
import { BACKUP_RECOVERY_POINTS, BACKUP_VAULTS, type VaultRecoveryPoints } from '../state.js';
import { backupVaultRecoveryPointsEncrypted as check } from './aws.backup.vault-recovery-points-encrypted.js';
import { vault } from './backup.fixtures.js';

const with_ = (p: Fetched<VaultRecoveryPoints>) =>
  snapshot().regional(BACKUP_VAULTS, R, [vault()]).regional(BACKUP_RECOVERY_POINTS, R, { v: p });

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'all encrypted passes',
      snapshot: with_(ok({ total: 3, unencrypted: [], unencryptedCount: 0 })),
      expected: [['pass', 'all-encrypted']],
    },
    {
      name: 'an empty vault passes',
      snapshot: with_(ok({ total: 0, unencrypted: [], unencryptedCount: 0 })),
      expected: [['pass', 'all-encrypted']],
    },
    {
      name: 'one unencrypted fails',
      snapshot: with_(ok({ total: 3, unencrypted: ['arn:rp'], unencryptedCount: 1 })),
      expected: [['fail', 'unencrypted']],
    },
    {
      name: 'an unreadable vault is an error',
      snapshot: with_(denied('backup:ListRecoveryPointsByBackupVault')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied listing is an error',
      snapshot: deniedKey(BACKUP_VAULTS, 'backup:ListBackupVaults'),
      expected: [['error', 'error.denied']],
    },
  ],
};
