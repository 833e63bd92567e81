import { either } from '../../../service-kit/check.js';
import { parameterCheck } from '../../../service-kit/flexible.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_PG_PARAMETERS, AZURE_PG_SERVERS, SERVER } from '../state.js';

export const postgresqlSecureTransportRequired = parameterCheck(
  {
    id: 'azure.postgresql.secure-transport-required',
    title: 'PostgreSQL flexible servers require TLS connections',
    service: 'postgresql',
    resourceType: SERVER,
    severity: 'high',
    rationale:
      'One result per server, from its `require_secure_transport` server parameter. Passes when `on` (the default), so unencrypted client connections are refused; fails when `off`.',
    remediation: {
      text: 'Set require_secure_transport to on.',
      cli: 'az postgres flexible-server parameter set --resource-group <group> --server-name <server> --name require_secure_transport --value on',
    },
  },
  AZURE_PG_SERVERS,
  AZURE_PG_PARAMETERS,
  LIST_PARAMETERS,
  'require_secure_transport',
  (v, s) =>
    either(
      v.toLowerCase() === 'on',
      ['tls-required', `Server ${s.name} requires TLS (${v}).`],
      ['plaintext-allowed', `Server ${s.name} accepts unencrypted connections (${v}).`],
      { require_secure_transport: v },
    ),
);
