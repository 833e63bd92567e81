import { either } from '../../../service-kit/check.js';
import { parameterCheck } from '../../../service-kit/flexible.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_MYSQL_PARAMETERS, AZURE_MYSQL_SERVERS, SERVER } from '../state.js';

export const mysqlAuditLogEnabled = parameterCheck(
  {
    id: 'azure.mysql.audit-log-enabled',
    title: 'MySQL flexible servers keep an audit log',
    service: 'mysql',
    resourceType: SERVER,
    severity: 'medium',
    rationale:
      'One result per server. Passes when the `audit_log_enabled` server parameter is ON, so logins, queries and administrative statements are audited; fails when OFF (the default).',
    remediation: { text: 'Set audit_log_enabled to ON and send the MySqlAuditLogs category to Log Analytics.' },
  },
  AZURE_MYSQL_SERVERS,
  AZURE_MYSQL_PARAMETERS,
  LIST_PARAMETERS,
  'audit_log_enabled',
  (v, s) =>
    either(
      v.toLowerCase() === 'on',
      ['audit-on', `Server ${s.name} keeps an audit log (${v}).`],
      ['audit-off', `Server ${s.name} keeps no audit log (${v}).`],
      { audit_log_enabled: v },
    ),
);
