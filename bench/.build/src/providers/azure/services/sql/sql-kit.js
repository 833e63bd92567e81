import { eachItem } from '../../check-kit.js';
import { AZURE_SQL_SERVERS } from './state.js';
export const SQL_SERVER = 'Microsoft.Sql/servers';
export function eachSqlServer(ctx, fn) {
  return eachItem(ctx, AZURE_SQL_SERVERS, SQL_SERVER, fn);
}
