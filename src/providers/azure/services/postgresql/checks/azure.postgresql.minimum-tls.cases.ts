import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { param, server } from '../cases.fixtures.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_PG_PARAMETERS, AZURE_PG_SERVERS, SERVER } from '../state.js';
import { postgresqlMinimumTls as check } from './azure.postgresql.minimum-tls.js';

export const table: CheckCases = {
  check,
  cases: childCases(
    AZURE_PG_SERVERS,
    SERVER,
    AZURE_PG_PARAMETERS,
    [
      ['TLSv1.2 passes', [server('s')], [[param('ssl_min_protocol_version', 'TLSv1.2')]], [['pass', 'tls-modern']]],
      ['TLSv1 fails', [server('s')], [[param('ssl_min_protocol_version', 'TLSv1')]], [['fail', 'tls-legacy']]],
      ['a server without the parameter is an error', [server('s')], [[param('other', 'x')]], [['error', 'error.unknown']]],
    ],
    { item: server('s'), api: LIST_PARAMETERS.api },
  ),
};
