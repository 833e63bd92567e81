import { azureSnapshot, type CheckCases, denied, ok } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { firewallRule, sqlServer } from '../../../builders.fixtures.js';
import { AZURE_SQL_FIREWALL_RULES, AZURE_SQL_SERVERS, type SqlFirewallRule, type SqlServer } from '../state.js';
import { sqlNoOpenFirewallRule as check } from './azure.sql.no-open-firewall-rule.js';
import { serverListErrors } from './sql-cases.fixtures.js';

const s = sqlServer('sql1', { publicNetworkAccess: 'Enabled' });
const with_ = (rules: Fetched<SqlFirewallRule[]>, server: SqlServer = s) =>
  azureSnapshot()
    .global(AZURE_SQL_SERVERS, [server])
    .global(AZURE_SQL_FIREWALL_RULES, { [server.id]: rules });

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'narrow rules pass',
      snapshot: with_(ok([firewallRule(s, 'office', '203.0.113.0', '203.0.113.255')])),
      expected: [['pass', 'no-open-rule']],
    },
    {
      name: 'the Azure services rule alone passes',
      snapshot: with_(ok([firewallRule(s, 'AllowAllWindowsAzureIps', '0.0.0.0', '0.0.0.0')])),
      expected: [['pass', 'no-open-rule']],
    },
    {
      name: 'a whole-internet rule fails',
      snapshot: with_(ok([firewallRule(s, 'anyone', '0.0.0.0', '255.255.255.255')])),
      expected: [['fail', 'open-to-internet']],
    },
    {
      name: 'public network access disabled passes without reading rules',
      snapshot: with_(denied('Microsoft.Sql/servers/firewallRules:list'), sqlServer('sql2', { publicNetworkAccess: 'Disabled' })),
      expected: [['pass', 'public-access-disabled']],
    },
    {
      name: 'denied rules are an error',
      snapshot: with_(denied('Microsoft.Sql/servers/firewallRules:list', 'Microsoft.Sql/servers/firewallRules/read')),
      expected: [['error', 'error.denied']],
    },
    ...serverListErrors(() => azureSnapshot().global(AZURE_SQL_FIREWALL_RULES, {})),
  ],
};
