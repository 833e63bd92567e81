import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { param, server } from '../cases.fixtures.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_PG_PARAMETERS, AZURE_PG_SERVERS, SERVER } from '../state.js';
import { postgresqlConnectionThrottlingOn as check } from './azure.postgresql.connection-throttling-on.js';

export const table: CheckCases = {
  check,
  cases: childCases(
    AZURE_PG_SERVERS,
    SERVER,
    AZURE_PG_PARAMETERS,
    [
      ['on passes', [server('s')], [[param('connection_throttle.enable', 'on')]], [['pass', 'throttling-on']]],
      ['off fails', [server('s')], [[param('connection_throttle.enable', 'off')]], [['fail', 'throttling-off']]],
      ['a server without the parameter is an error', [server('s')], [[param('other', 'x')]], [['error', 'error.unknown']]],
    ],
    { item: server('s'), api: LIST_PARAMETERS.api },
  ),
};
