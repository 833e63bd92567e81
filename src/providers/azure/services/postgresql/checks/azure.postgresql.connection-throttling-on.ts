import { either } from '../../../service-kit/check.js';
import { parameterCheck } from '../../../service-kit/flexible.js';
import { LIST_PARAMETERS } from '../collect.js';
import { AZURE_PG_PARAMETERS, AZURE_PG_SERVERS, SERVER } from '../state.js';

export const postgresqlConnectionThrottlingOn = parameterCheck(
  {
    id: 'azure.postgresql.connection-throttling-on',
    title: 'PostgreSQL flexible servers throttle failed logins',
    service: 'postgresql',
    resourceType: SERVER,
    severity: 'medium',
    rationale:
      'One result per server. Passes when the `connection_throttle.enable` server parameter is on, so repeated failed logins from one address are slowed down; fails when off.',
    remediation: { text: 'Set connection_throttle.enable to on.' },
  },
  AZURE_PG_SERVERS,
  AZURE_PG_PARAMETERS,
  LIST_PARAMETERS,
  'connection_throttle.enable',
  (v, s) =>
    either(
      v.toLowerCase() === 'on',
      ['throttling-on', `Server ${s.name} throttles repeated failed logins (${v}).`],
      ['throttling-off', `Server ${s.name} does not throttle failed logins (${v}).`],
      { connection_throttle_enable: v },
    ),
);
