import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { account } from '../cases.fixtures.js';
import { AI_ACCOUNT, AZURE_AI_ACCOUNTS } from '../state.js';
import { cognitiveservicesAccountCmkEncrypted as check } from './azure.cognitiveservices.account-cmk-encrypted.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_AI_ACCOUNTS, AI_ACCOUNT, [
    ['Key Vault key source passes', [account('a', { encryption: { keySource: 'Microsoft.KeyVault' } })], [['pass', 'cmk']]],
    [
      'Microsoft-managed key source fails',
      [account('a', { encryption: { keySource: 'Microsoft.CognitiveServices' } })],
      [['fail', 'platform-key']],
    ],
    ['no encryption block fails', [account('a')], [['fail', 'platform-key']]],
    ['a kind storing no data is not applicable', [account('a', {}, 'ContentSafety')], [['not_applicable', 'no-stored-data']]],
  ]),
};
