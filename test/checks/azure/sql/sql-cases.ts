/** Shared rows for SQL server checks. */
import { AZURE_SQL_SERVERS } from '../../../../src/providers/azure/inventory/sql.js';
import type { SnapshotBuilder } from '../../../support/snapshot.js';
import { listErrors } from '../azure-cases.js';

export const serverListErrors = (base?: () => SnapshotBuilder) =>
  listErrors(AZURE_SQL_SERVERS, 'Microsoft.Sql/servers:list', 'Microsoft.Sql/servers/read', base);
