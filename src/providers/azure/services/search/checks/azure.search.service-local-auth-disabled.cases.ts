import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { service } from '../cases.fixtures.js';
import { AZURE_SEARCH_SERVICES, SEARCH_SERVICE } from '../state.js';
import { searchServiceLocalAuthDisabled as check } from './azure.search.service-local-auth-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_SEARCH_SERVICES, SEARCH_SERVICE, [
    ['true passes', [service('s', { disableLocalAuth: true })], [['pass', 'entra-only']]],
    [
      'Entra or keys still fails',
      [service('s', { disableLocalAuth: false, authOptions: { aadOrApiKey: { aadAuthFailureMode: 'http401WithBearerChallenge' } } })],
      [['fail', 'keys-accepted']],
    ],
    ['keys only fails', [service('s', { disableLocalAuth: false, authOptions: { apiKeyOnly: {} } })], [['fail', 'keys-accepted']]],
    ['absent fails', [service('s')], [['fail', 'keys-accepted']]],
  ]),
};
