import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { param, server } from '../cases.fixtures.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_PG_PARAMETERS, AZURE_PG_SERVERS, SERVER } from '../state.js';
import { postgresqlLogDisconnectionsOn as check } from './azure.postgresql.log-disconnections-on.js';

export const table: CheckCases = {
  check,
  cases: childCases(
    AZURE_PG_SERVERS,
    SERVER,
    AZURE_PG_PARAMETERS,
    [
      ['on passes', [server('s')], [[param('log_disconnections', 'on')]], [['pass', 'disconnections-logged']]],
      ['off fails', [server('s')], [[param('log_disconnections', 'off')]], [['fail', 'disconnections-not-logged']]],
      ['a server without the parameter is an error', [server('s')], [[param('other', 'x')]], [['error', 'error.unknown']]],
    ],
    { item: server('s'), api: LIST_PARAMETERS.api },
  ),
};
