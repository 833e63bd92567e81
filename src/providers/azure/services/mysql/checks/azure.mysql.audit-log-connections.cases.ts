import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { param, server } from '../cases.fixtures.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_MYSQL_PARAMETERS, AZURE_MYSQL_SERVERS, SERVER } from '../state.js';
import { mysqlAuditLogConnections as check } from './azure.mysql.audit-log-connections.js';

export const table: CheckCases = {
  check,
  cases: childCases(
    AZURE_MYSQL_SERVERS,
    SERVER,
    AZURE_MYSQL_PARAMETERS,
    [
      ['CONNECTION,ADMIN passes', [server('s')], [[param('audit_log_events', 'CONNECTION,ADMIN')]], [['pass', 'connections-audited']]],
      ['ADMIN only fails', [server('s')], [[param('audit_log_events', 'ADMIN')]], [['fail', 'connections-not-audited']]],
      ['a server without the parameter is an error', [server('s')], [[param('other', 'x')]], [['error', 'error.unknown']]],
    ],
    { item: server('s'), api: LIST_PARAMETERS.api },
  ),
};
