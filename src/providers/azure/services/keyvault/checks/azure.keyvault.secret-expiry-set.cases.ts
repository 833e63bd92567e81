import { AZURE_KEY_VAULT_SECRETS } from '../state.js';
import { keyVaultSecretExpirySet as check } from './azure.keyvault.secret-expiry-set.js';
import { expiryTable } from './expiry-cases.fixtures.js';

export const table = expiryTable(
  check,
  AZURE_KEY_VAULT_SECRETS,
  'secret',
  'Microsoft.KeyVault/vaults/secrets:list',
  'Microsoft.KeyVault/vaults/secrets/read',
);
