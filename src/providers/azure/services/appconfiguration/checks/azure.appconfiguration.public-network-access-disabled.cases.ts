import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { endpoint, store } from '../cases.fixtures.js';
import { AZURE_CONFIG_STORES, CONFIG_STORE } from '../state.js';
import { appconfigurationPublicNetworkAccessDisabled as check } from './azure.appconfiguration.public-network-access-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_CONFIG_STORES, CONFIG_STORE, [
    ['Disabled passes', [store('s', { publicNetworkAccess: 'Disabled' })], [['pass', 'public-disabled']]],
    ['SecuredByPerimeter passes', [store('s', { publicNetworkAccess: 'SecuredByPerimeter' })], [['pass', 'secured-by-perimeter']]],
    ['Enabled fails', [store('s', { publicNetworkAccess: 'Enabled' })], [['fail', 'public-enabled']]],
    [
      'Enabled with a private endpoint still fails',
      [store('s', { publicNetworkAccess: 'Enabled', privateEndpointConnections: [endpoint('Approved')] })],
      [['fail', 'public-enabled']],
    ],
    [
      'automatic with an approved private endpoint passes',
      [store('s', { privateEndpointConnections: [endpoint('Approved')] })],
      [['pass', 'automatic-private']],
    ],
    ['automatic with no private endpoint fails', [store('s')], [['fail', 'automatic-public']]],
    [
      'automatic with only a pending private endpoint is an error',
      [store('s', { privateEndpointConnections: [endpoint('Pending')] })],
      [['error', 'error.unknown']],
    ],
  ]),
};
