import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { BACKUP_VAULTS } from '../state.js';
import { backupVaultLocked as check } from './aws.backup.vault-locked.js';
import { vault } from './backup.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(BACKUP_VAULTS, vault()), expected: [['pass', 'locked']] },
    { name: 'fails', snapshot: listed(BACKUP_VAULTS, vault({ locked: false, lockDate: undefined })), expected: [['fail', 'unlocked']] },
    { name: 'governance mode passes', snapshot: listed(BACKUP_VAULTS, vault({ lockDate: undefined })), expected: [['pass', 'locked']] },
    { name: 'no resources, no findings', snapshot: listed(BACKUP_VAULTS), expected: [] },
    { name: 'denied listing is an error', snapshot: deniedKey(BACKUP_VAULTS, 'svc:List'), expected: [['error', 'error.denied']] },
    { name: 'throttled listing is an error', snapshot: throttledKey(BACKUP_VAULTS, 'svc:List'), expected: [['error', 'error.throttled']] },
  ],
};
