import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { account } from '../cases.fixtures.js';
import { AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT } from '../state.js';
import { cosmosdbMinimumTls as check } from './azure.cosmosdb.minimum-tls.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT, [
    ['Tls12 passes', [account('a', { minimalTlsVersion: 'Tls12' })], [['pass', 'tls12']]],
    ['Tls fails', [account('a', { minimalTlsVersion: 'Tls' })], [['fail', 'tls-legacy']]],
    ['absent is an error', [account('a')], [['error', 'error.unknown']]],
  ]),
};
