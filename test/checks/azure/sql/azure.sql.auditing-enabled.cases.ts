import { sqlAuditingEnabled as check } from '../../../../checks/azure/sql/azure.sql.auditing-enabled.js';
import type { Fetched } from '../../../../src/model/fetched.js';
import { AZURE_SQL_AUDITING, AZURE_SQL_SERVERS, type SqlServerAuditing } from '../../../../src/providers/azure/inventory/sql.js';
import { azureSnapshot, type CheckCases, denied, ok } from '../../../support/snapshot.js';
import { sqlServer } from '../builders.js';
import { serverListErrors } from './sql-cases.js';

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
