import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { account } from '../cases.fixtures.js';
import { AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT } from '../state.js';
import { cosmosdbNetworkRestricted as check } from './azure.cosmosdb.network-restricted.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT, [
    ['public access disabled passes', [account('a', { publicNetworkAccess: 'Disabled' })], [['pass', 'network-restricted']]],
    ['IP rules pass', [account('a', { ipRules: [{ ipAddressOrRange: '203.0.113.0/24' }] })], [['pass', 'network-restricted']]],
    ['no rules fails', [account('a')], [['fail', 'open-to-all']]],
    ['0.0.0.0 rule fails', [account('a', { ipRules: [{ ipAddressOrRange: '0.0.0.0' }] })], [['fail', 'open-to-all']]],
  ]),
};
