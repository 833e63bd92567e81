import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { service } from '../cases.fixtures.js';
import { AZURE_SEARCH_SERVICES, SEARCH_SERVICE } from '../state.js';
import { searchServicePublicNetworkAccessDisabled as check } from './azure.search.service-public-network-access-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_SEARCH_SERVICES, SEARCH_SERVICE, [
    ['disabled passes', [service('s', { publicNetworkAccess: 'disabled' })], [['pass', 'public-disabled']]],
    ['Disabled in any case passes', [service('s', { publicNetworkAccess: 'Disabled' })], [['pass', 'public-disabled']]],
    [
      'enabled with IP rules fails',
      [service('s', { publicNetworkAccess: 'enabled', networkRuleSet: { ipRules: [{ value: '203.0.113.7' }] } })],
      [['fail', 'public-enabled']],
    ],
    ['absent fails', [service('s')], [['fail', 'public-enabled']]],
  ]),
};
