import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { param, server } from '../cases.fixtures.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_MYSQL_PARAMETERS, AZURE_MYSQL_SERVERS, SERVER } from '../state.js';
import { mysqlSecureTransportRequired as check } from './azure.mysql.secure-transport-required.js';

export const table: CheckCases = {
  check,
  cases: childCases(
    AZURE_MYSQL_SERVERS,
    SERVER,
    AZURE_MYSQL_PARAMETERS,
    [
      ['ON passes', [server('s')], [[param('require_secure_transport', 'ON')]], [['pass', 'tls-required']]],
      ['OFF fails', [server('s')], [[param('require_secure_transport', 'OFF')]], [['fail', 'plaintext-allowed']]],
      ['a server without the parameter is an error', [server('s')], [[param('other', 'x')]], [['error', 'error.unknown']]],
    ],
    { item: server('s'), api: LIST_PARAMETERS.api },
  ),
};
