import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { store } from '../cases.fixtures.js';
import { AZURE_CONFIG_STORES, CONFIG_STORE } from '../state.js';
import { appconfigurationPurgeProtectionEnabled as check } from './azure.appconfiguration.purge-protection-enabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_CONFIG_STORES, CONFIG_STORE, [
    ['true passes', [store('s', { enablePurgeProtection: true })], [['pass', 'purge-protected']]],
    ['Premium true passes', [store('s', { enablePurgeProtection: true }, 'premium')], [['pass', 'purge-protected']]],
    ['false fails', [store('s', { enablePurgeProtection: false })], [['fail', 'purgeable']]],
    ['absent is the default and fails', [store('s')], [['fail', 'purgeable']]],
    ['Free is not applicable', [store('s', {}, 'free')], [['not_applicable', 'no-soft-delete']]],
    ['Developer is not applicable', [store('s', {}, 'developer')], [['not_applicable', 'no-soft-delete']]],
    ['no sku is an error', [store('s', {}, null)], [['error', 'error.unknown']]],
  ]),
};
