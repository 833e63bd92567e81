/** MySQL flexible servers and their server parameters through the generic ARM client. */
import type { AzureCollector } from '../../context.js';
import { armChild, armList, listApi } from '../../service-kit/collect.js';
import { PARAMETER_SHAPE, SERVER_SHAPE } from '../../service-kit/flexible.js';
import { withTags } from '../../wire.js';
import { AZURE_MYSQL_PARAMETERS, AZURE_MYSQL_SERVERS, PARAMETERS_READ, SERVER } from './state.js';

const VERSION = '2023-12-30';
export const LIST_PARAMETERS = listApi(`${SERVER}/configurations`);

export const mysqlCollectors = [
  armList(AZURE_MYSQL_SERVERS, SERVER, VERSION, SERVER_SHAPE, withTags),
  armChild({
    key: AZURE_MYSQL_PARAMETERS,
    parent: AZURE_MYSQL_SERVERS,
    spec: LIST_PARAMETERS,
    suffix: '/configurations',
    apiVersion: VERSION,
    shape: PARAMETER_SHAPE,
    read: 'list',
    keep: (p) => PARAMETERS_READ.includes(String(p.name).toLowerCase()),
  }),
] as readonly AzureCollector<unknown>[];
