/** Shared rows for storage account checks: the list itself failing or missing. */
import { AZURE_STORAGE_ACCOUNTS } from '../../../../src/providers/azure/inventory/storage.js';
import { azureSnapshot, denied, type CheckCase } from '../../../support/snapshot.js';

export const LIST = { api: 'Microsoft.Storage/storageAccounts (list)', action: 'Microsoft.Storage/storageAccounts/read' };

export const accountListErrors: CheckCase[] = [
  { name: 'denied account list is an error on the subscription', snapshot: azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, denied(LIST.api, LIST.action)), expected: [['error', 'error.denied']] },
  { name: 'account list missing from snapshot is an error', snapshot: azureSnapshot(), expected: [['error', 'error.unknown']] },
  { name: 'no accounts gives no findings', snapshot: azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, []), expected: [] },
];
