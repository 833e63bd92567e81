import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { ws } from '../cases.fixtures.js';
import { AZURE_DATABRICKS_WORKSPACES, WORKSPACE } from '../state.js';
import { databricksPrivateEndpoint as check } from './azure.databricks.private-endpoint.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_DATABRICKS_WORKSPACES, WORKSPACE, [
    [
      'an approved endpoint passes',
      [ws('w', { privateEndpointConnections: [{ id: 'pe1', properties: { privateLinkServiceConnectionState: { status: 'Approved' } } }] })],
      [['pass', 'private-endpoint']],
    ],
    [
      'only a pending endpoint fails',
      [ws('w', { privateEndpointConnections: [{ id: 'pe1', properties: { privateLinkServiceConnectionState: { status: 'Pending' } } }] })],
      [['fail', 'no-private-endpoint']],
    ],
    ['none fails', [ws('w')], [['fail', 'no-private-endpoint']]],
  ]),
};
