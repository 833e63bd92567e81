import { either } from '../../../service-kit/check.js';
import { parameterCheck } from '../../../service-kit/flexible.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_PG_PARAMETERS, AZURE_PG_SERVERS, SERVER } from '../state.js';

export const postgresqlLogConnectionsOn = parameterCheck(
  {
    id: 'azure.postgresql.log-connections-on',
    title: 'PostgreSQL flexible servers log connections',
    service: 'postgresql',
    resourceType: SERVER,
    severity: 'medium',
    rationale:
      'One result per server. Passes when the `log_connections` server parameter is on; fails when off. Connection attempts (with source and user) are what detects password guessing and unusual access.',
    remediation: { text: 'Set log_connections to on.' },
  },
  AZURE_PG_SERVERS,
  AZURE_PG_PARAMETERS,
  LIST_PARAMETERS,
  'log_connections',
  (v, s) =>
    either(
      v.toLowerCase() === 'on',
      ['connections-logged', `Server ${s.name} logs connections (${v}).`],
      ['connections-not-logged', `Server ${s.name} does not log connections (${v}).`],
      { log_connections: v },
    ),
);
