import { azureSnapshot, type CheckCases } from '../../../../../../test/support/snapshot.js';
import { vault } from '../../../builders.fixtures.js';
import { AZURE_KEY_VAULTS, type KeyVault } from '../state.js';
import { keyVaultRecoverable as check } from './azure.keyvault.recoverable.js';
import { vaultListErrors } from './vault-cases.fixtures.js';

const with_ = (p: Partial<KeyVault['properties']>) => azureSnapshot().global(AZURE_KEY_VAULTS, [vault('kv1', p)]);

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'soft delete and purge protection pass',
      snapshot: with_({ enableSoftDelete: true, enablePurgeProtection: true }),
      expected: [['pass', 'recoverable']],
    },
    { name: 'purge protection absent (off) fails', snapshot: with_({ enableSoftDelete: true }), expected: [['fail', 'not-recoverable']] },
    {
      name: 'soft delete off fails',
      snapshot: with_({ enableSoftDelete: false, enablePurgeProtection: true }),
      expected: [['fail', 'not-recoverable']],
    },
    {
      name: 'enableSoftDelete absent is the default (on): passes with purge protection',
      snapshot: with_({ enablePurgeProtection: true }),
      expected: [['pass', 'recoverable']],
    },
    { name: 'enableSoftDelete absent and purge protection absent fails', snapshot: with_({}), expected: [['fail', 'not-recoverable']] },
    ...vaultListErrors(),
  ],
};
