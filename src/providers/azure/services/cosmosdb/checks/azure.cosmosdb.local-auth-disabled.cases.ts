import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { account } from '../cases.fixtures.js';
import { AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT } from '../state.js';
import { cosmosdbLocalAuthDisabled as check } from './azure.cosmosdb.local-auth-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT, [
    ['true passes', [account('a', { disableLocalAuth: true })], [['pass', 'entra-only']]],
    ['absent fails', [account('a')], [['fail', 'keys-accepted']]],
  ]),
};
