import { either } from '../../../service-kit/check.js';
import { parameterCheck } from '../../../service-kit/flexible.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_MYSQL_PARAMETERS, AZURE_MYSQL_SERVERS, SERVER } from '../state.js';

export const mysqlAuditLogConnections = parameterCheck(
  {
    id: 'azure.mysql.audit-log-connections',
    title: 'MySQL flexible server audit logs include connections',
    service: 'mysql',
    resourceType: SERVER,
    severity: 'low',
    rationale:
      'One result per server. Passes when the `audit_log_events` server parameter includes CONNECTION, so successful and failed logins are audited; fails otherwise. Only meaningful with the audit log on (see azure.mysql.audit-log-enabled).',
    remediation: { text: 'Add CONNECTION to audit_log_events.' },
  },
  AZURE_MYSQL_SERVERS,
  AZURE_MYSQL_PARAMETERS,
  LIST_PARAMETERS,
  'audit_log_events',
  (v, s) =>
    either(
      v
        .toUpperCase()
        .split(',')
        .map((e) => e.trim())
        .includes('CONNECTION'),
      ['connections-audited', `Server ${s.name} audits connections (${v}).`],
      ['connections-not-audited', `Server ${s.name} does not audit connections (${v}).`],
      { audit_log_events: v },
    ),
);
