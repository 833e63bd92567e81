import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { param, server } from '../cases.fixtures.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_PG_PARAMETERS, AZURE_PG_SERVERS, SERVER } from '../state.js';
import { postgresqlLogRetention as check } from './azure.postgresql.log-retention.js';

export const table: CheckCases = {
  check,
  cases: childCases(
    AZURE_PG_SERVERS,
    SERVER,
    AZURE_PG_PARAMETERS,
    [
      ['7 days passes', [server('s')], [[param('logfiles.retention_days', '7')]], [['pass', 'retention-ok']]],
      ['3 days fails', [server('s')], [[param('logfiles.retention_days', '3')]], [['fail', 'retention-short']]],
      ['a server without the parameter is an error', [server('s')], [[param('other', 'x')]], [['error', 'error.unknown']]],
    ],
    { item: server('s'), api: LIST_PARAMETERS.api },
  ),
};
