import { eachItem } from '../../check-kit.js';
import { AZURE_STORAGE_ACCOUNTS } from './state.js';
export const STORAGE_ACCOUNT = 'Microsoft.Storage/storageAccounts';
/** One finding per storage account; an unreadable list is one error on the subscription. */
export function eachStorageAccount(ctx, fn) {
  return eachItem(ctx, AZURE_STORAGE_ACCOUNTS, STORAGE_ACCOUNT, fn);
}
/** `FileStorage` accounts hold only file shares: blob settings do not apply to them. */
export function hasBlobService(a) {
  return a.kind !== 'FileStorage';
}
export const LIST_API = { api: 'Microsoft.Storage/storageAccounts:list', action: 'Microsoft.Storage/storageAccounts/read' };
