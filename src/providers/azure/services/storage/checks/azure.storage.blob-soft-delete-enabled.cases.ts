import { azureSnapshot, type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { blobService, storageAccount } from '../../../builders.fixtures.js';
import { AZURE_STORAGE_ACCOUNTS, AZURE_STORAGE_BLOB_SERVICES, type BlobServiceProperties } from '../state.js';
import { storageBlobSoftDeleteEnabled as check } from './azure.storage.blob-soft-delete-enabled.js';
import { accountListErrors } from './storage-cases.fixtures.js';

const sa = storageAccount('sa1');
const other = storageAccount('sa2');
const with_ = (services: Record<string, Fetched<BlobServiceProperties>>) =>
  azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, [sa]).global(AZURE_STORAGE_BLOB_SERVICES, services);

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'blob and container soft delete pass',
      snapshot: with_({ [sa.id]: ok(blobService(sa, true, true)) }),
      expected: [['pass', 'soft-delete-enabled']],
    },
    {
      name: 'the lookup ignores ARM id case',
      snapshot: with_({ [sa.id.toLowerCase()]: ok(blobService(sa, true, true)) }),
      expected: [['pass', 'soft-delete-enabled']],
    },
    {
      name: 'blob soft delete off fails',
      snapshot: with_({ [sa.id]: ok(blobService(sa, false, true)) }),
      expected: [['fail', 'soft-delete-off']],
    },
    {
      name: 'container soft delete off fails',
      snapshot: with_({ [sa.id]: ok(blobService(sa, true, false)) }),
      expected: [['fail', 'soft-delete-off']],
    },
    {
      name: 'one denied account is an error and does not hide the others',
      snapshot: azureSnapshot()
        .global(AZURE_STORAGE_ACCOUNTS, [sa, other])
        .global(AZURE_STORAGE_BLOB_SERVICES, {
          [sa.id]: denied('Microsoft.Storage/storageAccounts/blobServices:get', 'Microsoft.Storage/storageAccounts/blobServices/read'),
          [other.id]: ok(blobService(other, true, true)),
        }),
      expected: [
        ['error', 'error.denied'],
        ['pass', 'soft-delete-enabled'],
      ],
    },
    { name: 'an account missing from the per-account data is an error', snapshot: with_({}), expected: [['error', 'error.unknown']] },
    {
      name: 'FileStorage accounts have no blob service',
      snapshot: azureSnapshot()
        .global(AZURE_STORAGE_ACCOUNTS, [storageAccount('files', {}, { kind: 'FileStorage' })])
        .global(AZURE_STORAGE_BLOB_SERVICES, {}),
      expected: [['not_applicable', 'no-blob-service']],
    },
    {
      name: 'blob services missing from the snapshot is an error',
      snapshot: azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, [sa]),
      expected: [['error', 'error.unknown']],
    },
    ...accountListErrors,
  ],
};
