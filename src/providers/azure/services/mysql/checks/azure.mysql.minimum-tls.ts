import { either } from '../../../service-kit/check.js';
import { parameterCheck } from '../../../service-kit/flexible.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_MYSQL_PARAMETERS, AZURE_MYSQL_SERVERS, SERVER } from '../state.js';

export const mysqlMinimumTls = parameterCheck(
  {
    id: 'azure.mysql.minimum-tls',
    title: 'MySQL flexible servers allow only TLS 1.2 or later',
    service: 'mysql',
    resourceType: SERVER,
    severity: 'medium',
    rationale:
      'One result per server. The `tls_version` server parameter lists the allowed protocol versions; passes when it lists only TLSv1.2 and/or TLSv1.3, fails when TLSv1 or TLSv1.1 is allowed.',
    remediation: { text: 'Set tls_version to TLSv1.2 (or TLSv1.2,TLSv1.3).' },
  },
  AZURE_MYSQL_SERVERS,
  AZURE_MYSQL_PARAMETERS,
  LIST_PARAMETERS,
  'tls_version',
  (v, s) =>
    either(
      v.split(',').every((t) => ['tlsv1.2', 'tlsv1.3'].includes(t.trim().toLowerCase())),
      ['tls-modern', `Server ${s.name} allows only current TLS versions (${v}).`],
      ['tls-legacy', `Server ${s.name} allows old TLS versions (${v}).`],
      { tls_version: v },
    ),
);
