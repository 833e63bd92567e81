/** Azure Storage inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
/** `StorageAccounts.list` (paged). */
export const AZURE_STORAGE_ACCOUNTS = inventoryKey('azure.storage.accounts', 'global');
/**
 * Per storage account ARM id (as listed), one call each. Accounts without a blob service
 * (`FileStorage`) are left out.
 */
export const AZURE_STORAGE_BLOB_SERVICES = inventoryKey('azure.storage.blobServices', 'global');
