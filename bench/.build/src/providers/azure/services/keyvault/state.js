/** Azure Key Vault inventory shapes and keys (management plane only). No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
/** `Vaults.listBySubscription` (paged). */
export const AZURE_KEY_VAULTS = inventoryKey('azure.keyvault.vaults', 'global');
/** Per vault ARM id (as listed): `Keys.list` (paged). */
export const AZURE_KEY_VAULT_KEYS = inventoryKey('azure.keyvault.keys', 'global');
/** Per vault ARM id (as listed): `Secrets.list` (paged). */
export const AZURE_KEY_VAULT_SECRETS = inventoryKey('azure.keyvault.secrets', 'global');
