import { azureSnapshot, type CheckCases } from '../../../../../../test/support/snapshot.js';
import { storageAccount } from '../../../builders.fixtures.js';
import { AZURE_STORAGE_ACCOUNTS } from '../state.js';
import { storageMinimumTls as check } from './azure.storage.minimum-tls.js';
import { accountListErrors } from './storage-cases.fixtures.js';

const with_ = (minimumTlsVersion?: string) =>
  azureSnapshot().global(AZURE_STORAGE_ACCOUNTS, [storageAccount('sa1', minimumTlsVersion ? { minimumTlsVersion } : {})]);

export const table: CheckCases = {
  check,
  cases: [
    { name: 'TLS 1.2 passes', snapshot: with_('TLS1_2'), expected: [['pass', 'tls-modern']] },
    { name: 'TLS 1.3 passes', snapshot: with_('TLS1_3'), expected: [['pass', 'tls-modern']] },
    { name: 'TLS 1.0 fails', snapshot: with_('TLS1_0'), expected: [['fail', 'tls-legacy']] },
    { name: 'TLS 1.1 fails', snapshot: with_('TLS1_1'), expected: [['fail', 'tls-legacy']] },
    { name: 'no minimum (Azure accepts TLS 1.0) fails', snapshot: with_(), expected: [['fail', 'tls-legacy']] },
    ...accountListErrors,
  ],
};
