import { azureSnapshot, type CheckCases } from '../../../../../../test/support/snapshot.js';
import { storageAccount } from '../../../builders.fixtures.js';
import { AZURE_STORAGE_ACCOUNTS } from '../state.js';
import { storageBlobPublicAccessDisabled as check } from './azure.storage.blob-public-access-disabled.js';
import { accountListErrors } from './storage-cases.fixtures.js';

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
