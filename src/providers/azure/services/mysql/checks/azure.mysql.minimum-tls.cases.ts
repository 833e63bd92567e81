import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { param, server } from '../cases.fixtures.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_MYSQL_PARAMETERS, AZURE_MYSQL_SERVERS, SERVER } from '../state.js';
import { mysqlMinimumTls as check } from './azure.mysql.minimum-tls.js';

export const table: CheckCases = {
  check,
  cases: childCases(
    AZURE_MYSQL_SERVERS,
    SERVER,
    AZURE_MYSQL_PARAMETERS,
    [
      ['TLSv1.2,TLSv1.3 passes', [server('s')], [[param('tls_version', 'TLSv1.2,TLSv1.3')]], [['pass', 'tls-modern']]],
      ['TLSv1.1 allowed fails', [server('s')], [[param('tls_version', 'TLSv1.1,TLSv1.2')]], [['fail', 'tls-legacy']]],
      ['a server without the parameter is an error', [server('s')], [[param('other', 'x')]], [['error', 'error.unknown']]],
    ],
    { item: server('s'), api: LIST_PARAMETERS.api },
  ),
};
