import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { account } from '../cases.fixtures.js';
import { AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT } from '../state.js';
import { cosmosdbCmkEncrypted as check } from './azure.cosmosdb.cmk-encrypted.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT, [
    ['a key URI passes', [account('a', { keyVaultKeyUri: 'https://kv.vault.azure.net/keys/k' })], [['pass', 'cmk']]],
    ['none fails', [account('a')], [['fail', 'platform-key']]],
  ]),
};
