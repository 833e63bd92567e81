/** PostgreSQL flexible server state: the server list and the server parameters the checks read. No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { FlexibleServer, ServerParameter } from '../../service-kit/flexible.js';

export const SERVER = 'Microsoft.DBforPostgreSQL/flexibleServers';

export const AZURE_PG_SERVERS = inventoryKey<FlexibleServer[]>('azure.postgresql.servers', 'global');
/** Per server: only the parameters in PARAMETERS_READ, out of the several hundred ARM lists. */
export const AZURE_PG_PARAMETERS = inventoryKey<PerResource<ServerParameter[]>>('azure.postgresql.parameters', 'global');

export const PARAMETERS_READ: readonly string[] = [
  'require_secure_transport',
  'ssl_min_protocol_version',
  'log_checkpoints',
  'log_connections',
  'log_disconnections',
  'connection_throttle.enable',
  'logfiles.retention_days',
];
