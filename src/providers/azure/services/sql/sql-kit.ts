/** Shared by the SQL checks: walking servers. */
import type { CheckContext, Finding } from '../../../../model/check.js';
import type { ResourceRef } from '../../../../model/resource.js';
import { eachItem } from '../../check-kit.js';
import { AZURE_SQL_SERVERS, type SqlServer } from './state.js';

export const SQL_SERVER = 'Microsoft.Sql/servers';

export function eachSqlServer(ctx: CheckContext, fn: (server: SqlServer, resource: ResourceRef) => Finding | Finding[]): Finding[] {
  return eachItem(ctx, AZURE_SQL_SERVERS, SQL_SERVER, fn);
}
