/** Shared rows for storage account checks: the account list failing, missing or empty. */
import { AZURE_STORAGE_ACCOUNTS } from '../../../../src/providers/azure/inventory/storage.js';
import { listErrors } from '../azure-cases.js';

export const accountListErrors = listErrors(
  AZURE_STORAGE_ACCOUNTS,
  'Microsoft.Storage/storageAccounts:list',
  'Microsoft.Storage/storageAccounts/read',
);
