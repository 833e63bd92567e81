import { either } from '../../../service-kit/check.js';
import { parameterCheck } from '../../../service-kit/flexible.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_PG_PARAMETERS, AZURE_PG_SERVERS, SERVER } from '../state.js';

export const postgresqlLogDisconnectionsOn = parameterCheck(
  {
    id: 'azure.postgresql.log-disconnections-on',
    title: 'PostgreSQL flexible servers log disconnections',
    service: 'postgresql',
    resourceType: SERVER,
    severity: 'low',
    rationale:
      'One result per server. Passes when the `log_disconnections` server parameter is on; fails when off. With connection logs they give session durations for investigations.',
    remediation: { text: 'Set log_disconnections to on.' },
  },
  AZURE_PG_SERVERS,
  AZURE_PG_PARAMETERS,
  LIST_PARAMETERS,
  'log_disconnections',
  (v, s) =>
    either(
      v.toLowerCase() === 'on',
      ['disconnections-logged', `Server ${s.name} logs disconnections (${v}).`],
      ['disconnections-not-logged', `Server ${s.name} does not log disconnections (${v}).`],
      { log_disconnections: v },
    ),
);
