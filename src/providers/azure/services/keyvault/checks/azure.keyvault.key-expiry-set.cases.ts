import { AZURE_KEY_VAULT_KEYS } from '../state.js';
import { keyVaultKeyExpirySet as check } from './azure.keyvault.key-expiry-set.js';
import { expiryTable } from './expiry-cases.fixtures.js';

export const table = expiryTable(
  check,
  AZURE_KEY_VAULT_KEYS,
  'key',
  'Microsoft.KeyVault/vaults/keys:list',
  'Microsoft.KeyVault/vaults/keys/read',
);
