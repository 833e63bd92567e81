import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { account } from '../cases.fixtures.js';
import { AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT } from '../state.js';
import { cosmosdbPrivateEndpoint as check } from './azure.cosmosdb.private-endpoint.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT, [
    [
      'approved passes',
      [
        account('a', {
          privateEndpointConnections: [{ id: 'pe', properties: { privateLinkServiceConnectionState: { status: 'Approved' } } }],
        }),
      ],
      [['pass', 'private-endpoint']],
    ],
    ['none fails', [account('a')], [['fail', 'no-private-endpoint']]],
  ]),
};
