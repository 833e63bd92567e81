import { either } from '../../../service-kit/check.js';
import { parameterCheck } from '../../../service-kit/flexible.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_PG_PARAMETERS, AZURE_PG_SERVERS, SERVER } from '../state.js';

export const postgresqlLogRetention = parameterCheck(
  {
    id: 'azure.postgresql.log-retention',
    title: 'PostgreSQL flexible servers keep server logs more than three days',
    service: 'postgresql',
    resourceType: SERVER,
    severity: 'low',
    rationale:
      'One result per server. Passes when the `logfiles.retention_days` server parameter is more than 3 days (it ranges 1-7); fails at 3 or fewer, which may lose logs before anyone looks at them. Exporting logs to a workspace keeps them longer and is recommended.',
    remediation: { text: 'Raise logfiles.retention_days above 3 and send the logs to Log Analytics.' },
  },
  AZURE_PG_SERVERS,
  AZURE_PG_PARAMETERS,
  LIST_PARAMETERS,
  'logfiles.retention_days',
  (v, s) =>
    either(
      Number(v) > 3,
      ['retention-ok', `Server ${s.name} keeps server logs long enough (${v}).`],
      ['retention-short', `Server ${s.name} keeps server logs three days or fewer (${v}).`],
      { logfiles_retention_days: v },
    ),
);
