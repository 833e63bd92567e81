import { alertCheck } from '../alerts.js';

export const monitorAlertSqlFirewallRuleDelete = alertCheck({
  id: 'azure.monitor.alert-sql-firewall-rule-delete',
  cis: '6.1.2.8',
  what: 'Delete SQL server firewall rule',
  operation: 'Microsoft.Sql/servers/firewallRules/delete',
});
