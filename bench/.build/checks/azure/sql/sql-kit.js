import { AZURE_SQL_SERVERS } from '../../../src/providers/azure/inventory/sql.js';
import { eachItem } from '../azure-kit.js';
export const SQL_SERVER = 'Microsoft.Sql/servers';
export function eachSqlServer(ctx, fn) {
    return eachItem(ctx, AZURE_SQL_SERVERS, SQL_SERVER, fn);
}
