import { azureSnapshot, type CheckCases } from '../../../../../../test/support/snapshot.js';
import { storageAccount } from '../../../builders.fixtures.js';
import { AZURE_STORAGE_ACCOUNTS } from '../state.js';
import { storageSecureTransfer as check } from './azure.storage.secure-transfer.js';
import { accountListErrors } from './storage-cases.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'HTTPS only passes',
      snapshot: azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, [storageAccount('sa1', { supportsHttpsTrafficOnly: true })]),
      expected: [['pass', 'https-only']],
    },
    {
      name: 'HTTP allowed fails',
      snapshot: azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, [storageAccount('sa1', { supportsHttpsTrafficOnly: false })]),
      expected: [['fail', 'http-allowed']],
    },
    {
      name: 'an answer without the setting is an error, not a guess',
      snapshot: azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, [storageAccount('sa1')]),
      expected: [['error', 'error.unknown']],
    },
    ...accountListErrors,
  ],
};
