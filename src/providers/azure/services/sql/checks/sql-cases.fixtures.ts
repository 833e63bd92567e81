/** Shared rows for SQL server checks. */

import type { SnapshotBuilder } from '../../../../../../test/support/snapshot.js';
import { listErrors } from '../../../cases.fixtures.js';
import { AZURE_SQL_SERVERS } from '../state.js';

export const serverListErrors = (base?: () => SnapshotBuilder) =>
  listErrors(AZURE_SQL_SERVERS, 'Microsoft.Sql/servers:list', 'Microsoft.Sql/servers/read', base);
