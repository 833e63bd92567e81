import { either } from '../../../service-kit/check.js';
import { parameterCheck } from '../../../service-kit/flexible.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_MYSQL_PARAMETERS, AZURE_MYSQL_SERVERS, SERVER } from '../state.js';

export const mysqlSecureTransportRequired = parameterCheck(
  {
    id: 'azure.mysql.secure-transport-required',
    title: 'MySQL flexible servers require TLS connections',
    service: 'mysql',
    resourceType: SERVER,
    severity: 'high',
    rationale:
      'One result per server, from its `require_secure_transport` server parameter. Passes when ON (the default); fails when OFF, which accepts unencrypted client connections.',
    remediation: {
      text: 'Set require_secure_transport to ON.',
      cli: 'az mysql flexible-server parameter set --resource-group <group> --server-name <server> --name require_secure_transport --value ON',
    },
  },
  AZURE_MYSQL_SERVERS,
  AZURE_MYSQL_PARAMETERS,
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
