import { azureSnapshot, type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { sqlServer } from '../../../builders.fixtures.js';
import { AZURE_SQL_AUDITING, AZURE_SQL_SERVERS, type SqlServerAuditing } from '../state.js';
import { sqlAuditingEnabled as check } from './azure.sql.auditing-enabled.js';
import { serverListErrors } from './sql-cases.fixtures.js';

const s = sqlServer('sql1');
const policy = (state: string): Fetched<SqlServerAuditing> =>
  ok({
    id: `${s.id}/auditingSettings/default`,
    name: 'default',
    type: 'Microsoft.Sql/servers/auditingSettings',
    properties: { state, retentionDays: 90, isAzureMonitorTargetEnabled: true },
  });
const with_ = (p: Fetched<SqlServerAuditing>) =>
  azureSnapshot()
    .global(AZURE_SQL_SERVERS, [s])
    .global(AZURE_SQL_AUDITING, { [s.id]: p });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'auditing enabled passes', snapshot: with_(policy('Enabled')), expected: [['pass', 'auditing-enabled']] },
    { name: 'auditing disabled fails', snapshot: with_(policy('Disabled')), expected: [['fail', 'auditing-disabled']] },
    {
      name: 'a policy without a state is an error, not a crash',
      snapshot: with_(
        ok({
          id: `${s.id}/auditingSettings/default`,
          name: 'default',
          type: 'Microsoft.Sql/servers/auditingSettings',
          properties: {},
        } as SqlServerAuditing),
      ),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'a denied auditing policy is an error',
      snapshot: with_(denied('Microsoft.Sql/servers/auditingSettings:get', 'Microsoft.Sql/servers/auditingSettings/read')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'auditing missing from the snapshot is an error',
      snapshot: azureSnapshot().global(AZURE_SQL_SERVERS, [s]),
      expected: [['error', 'error.unknown']],
    },
    ...serverListErrors(() => azureSnapshot().global(AZURE_SQL_AUDITING, {})),
  ],
};
