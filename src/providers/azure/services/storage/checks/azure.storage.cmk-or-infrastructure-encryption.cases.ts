import { azureSnapshot, type CheckCases } from '../../../../../../test/support/snapshot.js';
import { storageAccount } from '../../../builders.fixtures.js';
import { AZURE_STORAGE_ACCOUNTS, type StorageAccount } from '../state.js';
import { storageCmkOrInfrastructureEncryption as check } from './azure.storage.cmk-or-infrastructure-encryption.js';
import { accountListErrors } from './storage-cases.fixtures.js';

const with_ = (encryption?: StorageAccount['properties']['encryption']) =>
  azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, [storageAccount('sa1', encryption ? { encryption } : {})]);

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'customer-managed key passes',
      snapshot: with_({
        keySource: 'Microsoft.Keyvault',
        keyvaultproperties: { keyname: 'k', keyvaulturi: 'https://kv.vault.azure.net/' },
      }),
      expected: [['pass', 'encryption-strengthened']],
    },
    {
      name: 'infrastructure encryption passes',
      snapshot: with_({ keySource: 'Microsoft.Storage', requireInfrastructureEncryption: true }),
      expected: [['pass', 'encryption-strengthened']],
    },
    {
      name: 'platform keys alone fail',
      snapshot: with_({ keySource: 'Microsoft.Storage', requireInfrastructureEncryption: false }),
      expected: [['fail', 'platform-keys-only']],
    },
    { name: 'an answer without encryption settings is an error', snapshot: with_(), expected: [['error', 'error.unknown']] },
    ...accountListErrors,
  ],
};
