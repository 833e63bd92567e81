/** Shared rows for storage account checks: the account list failing, missing or empty. */

import { listErrors } from '../../../cases.fixtures.js';
import { AZURE_STORAGE_ACCOUNTS } from '../state.js';

export const accountListErrors = listErrors(
  AZURE_STORAGE_ACCOUNTS,
  'Microsoft.Storage/storageAccounts:list',
  'Microsoft.Storage/storageAccounts/read',
);
