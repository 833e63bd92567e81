import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { server } from '../cases.fixtures.js';
import { AZURE_PG_SERVERS, SERVER } from '../state.js';
import { postgresqlPublicAccessDisabled as check } from './azure.postgresql.public-access-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_PG_SERVERS, SERVER, [
    ['Disabled passes', [server('s', { network: { publicNetworkAccess: 'Disabled' } })], [['pass', 'public-access-disabled']]],
    ['Enabled fails', [server('s', { network: { publicNetworkAccess: 'Enabled' } })], [['fail', 'public-access-enabled']]],
  ]),
};
