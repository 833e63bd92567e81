import { keyVaultSecretExpirySet as check } from '../../../../checks/azure/keyvault/azure.keyvault.secret-expiry-set.js';
import { AZURE_KEY_VAULT_SECRETS } from '../../../../src/providers/azure/inventory/keyvault.js';
import { expiryTable } from './expiry-cases.js';

export const table = expiryTable(
  check,
  AZURE_KEY_VAULT_SECRETS,
  'secret',
  'Microsoft.KeyVault/vaults/secrets:list',
  'Microsoft.KeyVault/vaults/secrets/read',
);
