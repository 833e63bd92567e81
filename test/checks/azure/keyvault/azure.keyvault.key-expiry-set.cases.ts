import { keyVaultKeyExpirySet as check } from '../../../../checks/azure/keyvault/azure.keyvault.key-expiry-set.js';
import { AZURE_KEY_VAULT_KEYS } from '../../../../src/providers/azure/inventory/keyvault.js';
import { expiryTable } from './expiry-cases.js';

export const table = expiryTable(
  check,
  AZURE_KEY_VAULT_KEYS,
  'key',
  'Microsoft.KeyVault/vaults/keys:list',
  'Microsoft.KeyVault/vaults/keys/read',
);
