/** Shared by the SQL checks: walking servers. */
import type { CheckContext, Finding } from '../../../src/model/check.js';
import type { ResourceRef } from '../../../src/model/resource.js';
import { AZURE_SQL_SERVERS, type SqlServer } from '../../../src/providers/azure/inventory/sql.js';
import { eachItem } from '../azure-kit.js';

export const SQL_SERVER = 'Microsoft.Sql/servers';

export function eachSqlServer(ctx: CheckContext, fn: (server: SqlServer, resource: ResourceRef) => Finding | Finding[]): Finding[] {
  return eachItem(ctx, AZURE_SQL_SERVERS, SQL_SERVER, fn);
}
