/** MySQL flexible server state: the server list and the server parameters the checks read. No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { FlexibleServer, ServerParameter } from '../../service-kit/flexible.js';

export const SERVER = 'Microsoft.DBforMySQL/flexibleServers';

export const AZURE_MYSQL_SERVERS = inventoryKey<FlexibleServer[]>('azure.mysql.servers', 'global');
/** Per server: only the parameters in PARAMETERS_READ, out of the several hundred ARM lists. */
export const AZURE_MYSQL_PARAMETERS = inventoryKey<PerResource<ServerParameter[]>>('azure.mysql.parameters', 'global');

export const PARAMETERS_READ: readonly string[] = ['require_secure_transport', 'tls_version', 'audit_log_enabled', 'audit_log_events'];
