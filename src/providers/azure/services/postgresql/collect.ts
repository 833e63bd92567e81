/** PostgreSQL flexible servers and their server parameters through the generic ARM client. */
import type { AzureCollector } from '../../context.js';
import { armChild, armList, listApi } from '../../service-kit/collect.js';
import { PARAMETER_SHAPE, SERVER_SHAPE } from '../../service-kit/flexible.js';
import { withTags } from '../../wire.js';
import { AZURE_PG_PARAMETERS, AZURE_PG_SERVERS, PARAMETERS_READ, SERVER } from './state.js';

const VERSION = '2022-12-01';
export const LIST_PARAMETERS = listApi(`${SERVER}/configurations`);

export const postgresqlCollectors = [
  armList(AZURE_PG_SERVERS, SERVER, VERSION, SERVER_SHAPE, withTags),
  armChild({
    key: AZURE_PG_PARAMETERS,
    parent: AZURE_PG_SERVERS,
    spec: LIST_PARAMETERS,
    suffix: '/configurations',
    apiVersion: VERSION,
    shape: PARAMETER_SHAPE,
    read: 'list',
    keep: (p) => PARAMETERS_READ.includes(String(p.name).toLowerCase()),
  }),
] as readonly AzureCollector<unknown>[];
