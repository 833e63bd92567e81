import { azureSnapshot, type CheckCases } from '../../../../../../test/support/snapshot.js';
import { sqlServer } from '../../../builders.fixtures.js';
import { AZURE_SQL_SERVERS } from '../state.js';
import { sqlEntraAdminSet as check } from './azure.sql.entra-admin-set.js';
import { serverListErrors } from './sql-cases.fixtures.js';

const admin = {
  administratorType: 'ActiveDirectory',
  principalType: 'Group',
  login: 'sql-admins',
  sid: '00000000-0000-0000-0000-0000000000aa',
  azureADOnlyAuthentication: true,
};

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'an Entra admin passes',
      snapshot: azureSnapshot().global(AZURE_SQL_SERVERS, [sqlServer('sql1', { administrators: admin })]),
      expected: [['pass', 'entra-admin-set']],
    },
    {
      name: 'no Entra admin fails',
      snapshot: azureSnapshot().global(AZURE_SQL_SERVERS, [sqlServer('sql1', { minimalTlsVersion: '1.2' })]),
      expected: [['fail', 'no-entra-admin']],
    },
    {
      name: 'an empty administrators object fails',
      snapshot: azureSnapshot().global(AZURE_SQL_SERVERS, [sqlServer('sql1', { administrators: {} })]),
      expected: [['fail', 'no-entra-admin']],
    },
    ...serverListErrors(),
  ],
};
