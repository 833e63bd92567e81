import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { param, server } from '../cases.fixtures.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_MYSQL_PARAMETERS, AZURE_MYSQL_SERVERS, SERVER } from '../state.js';
import { mysqlAuditLogEnabled as check } from './azure.mysql.audit-log-enabled.js';

export const table: CheckCases = {
  check,
  cases: childCases(
    AZURE_MYSQL_SERVERS,
    SERVER,
    AZURE_MYSQL_PARAMETERS,
    [
      ['ON passes', [server('s')], [[param('audit_log_enabled', 'ON')]], [['pass', 'audit-on']]],
      ['OFF fails', [server('s')], [[param('audit_log_enabled', 'OFF')]], [['fail', 'audit-off']]],
      ['a server without the parameter is an error', [server('s')], [[param('other', 'x')]], [['error', 'error.unknown']]],
    ],
    { item: server('s'), api: LIST_PARAMETERS.api },
  ),
};
