import { alertCheck } from '../alerts.js';

export const monitorAlertSqlFirewallRuleWrite = alertCheck({
  id: 'azure.monitor.alert-sql-firewall-rule-write',
  cis: '6.1.2.7',
  what: 'Create or update SQL server firewall rule',
  operation: 'Microsoft.Sql/servers/firewallRules/write',
});
