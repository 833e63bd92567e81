import { either } from '../../../service-kit/check.js';
import { parameterCheck } from '../../../service-kit/flexible.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_PG_PARAMETERS, AZURE_PG_SERVERS, SERVER } from '../state.js';

export const postgresqlLogCheckpointsOn = parameterCheck(
  {
    id: 'azure.postgresql.log-checkpoints-on',
    title: 'PostgreSQL flexible servers log checkpoints',
    service: 'postgresql',
    resourceType: SERVER,
    severity: 'low',
    rationale:
      'One result per server. Passes when the `log_checkpoints` server parameter is on; fails when off. Checkpoint records help reconstruct database activity and spot abnormal write load.',
    remediation: { text: 'Set log_checkpoints to on.' },
  },
  AZURE_PG_SERVERS,
  AZURE_PG_PARAMETERS,
  LIST_PARAMETERS,
  'log_checkpoints',
  (v, s) =>
    either(
      v.toLowerCase() === 'on',
      ['checkpoints-logged', `Server ${s.name} logs checkpoints (${v}).`],
      ['checkpoints-not-logged', `Server ${s.name} does not log checkpoints (${v}).`],
      { log_checkpoints: v },
    ),
);
