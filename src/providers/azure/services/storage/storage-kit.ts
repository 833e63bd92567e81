/** Shared by the storage checks: walking the account list. */
import type { CheckContext, Finding } from '../../../../model/check.js';
import type { ResourceRef } from '../../../../model/resource.js';
import { eachItem } from '../../check-kit.js';
import { AZURE_STORAGE_ACCOUNTS, type StorageAccount } from './state.js';

export const STORAGE_ACCOUNT = 'Microsoft.Storage/storageAccounts';

/** One finding per storage account; an unreadable list is one error on the subscription. */
export function eachStorageAccount(ctx: CheckContext, fn: (account: StorageAccount, resource: ResourceRef) => Finding): Finding[] {
  return eachItem(ctx, AZURE_STORAGE_ACCOUNTS, STORAGE_ACCOUNT, fn);
}

/** `FileStorage` accounts hold only file shares: blob settings do not apply to them. */
export function hasBlobService(a: StorageAccount): boolean {
  return a.kind !== 'FileStorage';
}

export const LIST_API = { api: 'Microsoft.Storage/storageAccounts:list', action: 'Microsoft.Storage/storageAccounts/read' } as const;
