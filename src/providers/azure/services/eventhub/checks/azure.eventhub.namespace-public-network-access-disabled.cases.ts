import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { ehNamespace as ns } from '../cases.fixtures.js';
import { AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE } from '../state.js';
import { eventhubNamespacePublicNetworkAccessDisabled as check } from './azure.eventhub.namespace-public-network-access-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE, [
    ['Disabled passes', [ns('n', { publicNetworkAccess: 'Disabled' })], [['pass', 'public-disabled']]],
    ['SecuredByPerimeter passes', [ns('n', { publicNetworkAccess: 'SecuredByPerimeter' })], [['pass', 'secured-by-perimeter']]],
    ['Enabled fails', [ns('n', { publicNetworkAccess: 'Enabled' })], [['fail', 'public-enabled']]],
    ['absent means Enabled and fails', [ns('n')], [['fail', 'public-enabled']]],
    [
      'a private endpoint alone leaves the public endpoint open',
      [
        ns('n', {
          publicNetworkAccess: 'Enabled',
          privateEndpointConnections: [{ id: '/pe', properties: { privateLinkServiceConnectionState: { status: 'Approved' } } }],
        }),
      ],
      [['fail', 'public-enabled']],
    ],
  ]),
};
