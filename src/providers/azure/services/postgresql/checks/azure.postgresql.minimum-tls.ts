import { either } from '../../../service-kit/check.js';
import { parameterCheck } from '../../../service-kit/flexible.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_PG_PARAMETERS, AZURE_PG_SERVERS, SERVER } from '../state.js';

export const postgresqlMinimumTls = parameterCheck(
  {
    id: 'azure.postgresql.minimum-tls',
    title: 'PostgreSQL flexible servers require TLS 1.2 or later',
    service: 'postgresql',
    resourceType: SERVER,
    severity: 'medium',
    rationale:
      'One result per server. Passes when the `ssl_min_protocol_version` server parameter is TLSv1.2 or TLSv1.3; fails for older versions.',
    remediation: {
      text: 'Set ssl_min_protocol_version to TLSv1.2.',
      cli: 'az postgres flexible-server parameter set --resource-group <group> --server-name <server> --name ssl_min_protocol_version --value TLSv1.2',
    },
  },
  AZURE_PG_SERVERS,
  AZURE_PG_PARAMETERS,
  LIST_PARAMETERS,
  'ssl_min_protocol_version',
  (v, s) =>
    either(
      ['tlsv1.2', 'tlsv1.3'].includes(v.toLowerCase()),
      ['tls-modern', `Server ${s.name} requires a current TLS version (${v}).`],
      ['tls-legacy', `Server ${s.name} accepts an old TLS version (${v}).`],
      { ssl_min_protocol_version: v },
    ),
);
