import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { account } from '../cases.fixtures.js';
import { AI_ACCOUNT, AZURE_AI_ACCOUNTS } from '../state.js';
import { cognitiveservicesAccountLocalAuthDisabled as check } from './azure.cognitiveservices.account-local-auth-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_AI_ACCOUNTS, AI_ACCOUNT, [
    ['true passes', [account('a', { disableLocalAuth: true })], [['pass', 'entra-only']]],
    ['false fails', [account('a', { disableLocalAuth: false })], [['fail', 'keys-accepted']]],
    ['absent fails (keys allowed)', [account('a')], [['fail', 'keys-accepted']]],
  ]),
};
