import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { store } from '../cases.fixtures.js';
import { AZURE_CONFIG_STORES, CONFIG_STORE } from '../state.js';
import { appconfigurationLocalAuthDisabled as check } from './azure.appconfiguration.local-auth-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_CONFIG_STORES, CONFIG_STORE, [
    ['disabled local auth passes', [store('s', { disableLocalAuth: true })], [['pass', 'entra-only']]],
    ['false fails', [store('s', { disableLocalAuth: false })], [['fail', 'keys-accepted']]],
    ['absent is the default and fails', [store('s')], [['fail', 'keys-accepted']]],
  ]),
};
