import { azureSnapshot, type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { database, sqlServer } from '../../../builders.fixtures.js';
import { AZURE_SQL_DATABASES, AZURE_SQL_SERVERS, AZURE_SQL_TDE, type SqlTransparentDataEncryption } from '../state.js';
import { sqlTdeEnabled as check } from './azure.sql.tde-enabled.js';
import { serverListErrors } from './sql-cases.fixtures.js';

const s = sqlServer('sql1');
const master = database(s, 'master');
const app = database(s, 'app');
const tde = (state: string): Fetched<SqlTransparentDataEncryption> =>
  ok({
    id: `${app.id}/transparentDataEncryption/current`,
    name: 'current',
    type: 'Microsoft.Sql/servers/databases/transparentDataEncryption',
    properties: { state },
  });
const with_ = (t: Fetched<SqlTransparentDataEncryption>) =>
  azureSnapshot()
    .global(AZURE_SQL_SERVERS, [s])
    .global(AZURE_SQL_DATABASES, { [s.id]: ok([master, app]) })
    .global(AZURE_SQL_TDE, { [app.id]: t });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'TDE enabled passes (master is skipped)', snapshot: with_(tde('Enabled')), expected: [['pass', 'tde-enabled']] },
    { name: 'TDE disabled fails', snapshot: with_(tde('Disabled')), expected: [['fail', 'tde-disabled']] },
    {
      name: 'a TDE answer without a state is an error, not a crash of the whole check',
      snapshot: with_(
        ok({
          id: `${app.id}/transparentDataEncryption/current`,
          name: 'current',
          type: 'Microsoft.Sql/servers/databases/transparentDataEncryption',
          properties: {},
        } as SqlTransparentDataEncryption),
      ),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'a denied TDE read is an error on the database',
      snapshot: with_(
        denied(
          'Microsoft.Sql/servers/databases/transparentDataEncryption:get',
          'Microsoft.Sql/servers/databases/transparentDataEncryption/read',
        ),
      ),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'a denied database list is an error on the server',
      snapshot: azureSnapshot()
        .global(AZURE_SQL_SERVERS, [s])
        .global(AZURE_SQL_DATABASES, { [s.id]: denied('Microsoft.Sql/servers/databases:list', 'Microsoft.Sql/servers/databases/read') })
        .global(AZURE_SQL_TDE, {}),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'a server with only master gives no findings',
      snapshot: azureSnapshot()
        .global(AZURE_SQL_SERVERS, [s])
        .global(AZURE_SQL_DATABASES, { [s.id]: ok([master]) })
        .global(AZURE_SQL_TDE, {}),
      expected: [],
    },
    ...serverListErrors(() => azureSnapshot().global(AZURE_SQL_DATABASES, {}).global(AZURE_SQL_TDE, {})),
  ],
};
