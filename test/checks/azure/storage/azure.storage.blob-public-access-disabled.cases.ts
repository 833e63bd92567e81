import { storageBlobPublicAccessDisabled as check } from '../../../../checks/azure/storage/azure.storage.blob-public-access-disabled.js';
import { AZURE_STORAGE_ACCOUNTS } from '../../../../src/providers/azure/inventory/storage.js';
import { azureSnapshot, type CheckCases } from '../../../support/snapshot.js';
import { storageAccount } from '../builders.js';
import { accountListErrors } from './storage-cases.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'disallowed passes',
      snapshot: azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, [storageAccount('sa1', { allowBlobPublicAccess: false })]),
      expected: [['pass', 'public-access-disabled']],
    },
    {
      name: 'allowed fails',
      snapshot: azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, [storageAccount('sa1', { allowBlobPublicAccess: true })]),
      expected: [['fail', 'public-access-allowed']],
    },
    {
      name: 'never configured (allowed on old accounts) fails',
      snapshot: azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, [storageAccount('sa1')]),
      expected: [['fail', 'public-access-allowed']],
    },
    {
      name: 'a FileStorage account has no blobs',
      snapshot: azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, [storageAccount('files1', {}, { kind: 'FileStorage' })]),
      expected: [['not_applicable', 'no-blob-service']],
    },
    ...accountListErrors,
  ],
};
