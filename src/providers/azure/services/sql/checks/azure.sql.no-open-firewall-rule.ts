import type { Check } from '../../../../../model/check.js';
import { all, fail, pass } from '../../../../check-kit.js';
import { lookupArm } from '../../../check-kit.js';
import { eachSqlServer, SQL_SERVER } from '../sql-kit.js';
import { AZURE_SQL_FIREWALL_RULES, AZURE_SQL_SERVERS, type SqlFirewallRule } from '../state.js';

function ipv4(ip: string): number {
  const parts = ip.trim().split('.').map(Number);
  return parts.length === 4 && parts.every((p) => Number.isInteger(p) && p >= 0 && p <= 255) ? parts.reduce((n, p) => n * 256 + p, 0) : NaN;
}

/** The whole IPv4 space: the "allow anyone" rule, however it is named. */
function wholeInternet(r: SqlFirewallRule): boolean {
  return ipv4(r.properties.startIpAddress) === 0 && ipv4(r.properties.endIpAddress) === 0xffffffff;
}

export const sqlNoOpenFirewallRule: Check = {
  meta: {
    id: 'azure.sql.no-open-firewall-rule',
    title: 'SQL server firewalls do not admit the whole internet',
    provider: 'azure',
    service: 'sql',
    resourceType: SQL_SERVER,
    severity: 'high',
    requires: [AZURE_SQL_SERVERS, AZURE_SQL_FIREWALL_RULES],
    rationale:
      'Fails when a server-level firewall rule spans 0.0.0.0 to 255.255.255.255 while public network access is enabled; passes otherwise. With public network access Disabled the firewall rules are not used and the server passes. ' +
      'The "Allow Azure services" rule (0.0.0.0 to 0.0.0.0) is reported in the observed facts but does not fail this check. ' +
      'An any-address rule leaves only the login between the internet and the data, inviting password spraying and exploitation.',
    remediation: {
      text: 'Delete the rule and allow only the addresses that need access, or disable public network access and use a private endpoint.',
      cli: 'az sql server firewall-rule delete --resource-group <group> --server <server> --name <rule>',
    },
  },
  evaluate(ctx) {
    return eachSqlServer(ctx, (s, resource) => {
      if (s.properties.publicNetworkAccess === 'Disabled') {
        return pass(resource, 'public-access-disabled', `SQL server ${s.name} has public network access disabled.`, {
          publicNetworkAccess: 'Disabled',
        });
      }
      const got = all(resource, [lookupArm(ctx, AZURE_SQL_FIREWALL_RULES, s.id)]);
      if (!got.ok) return got.finding;
      const rules = got.values[0];
      const open = rules.filter(wholeInternet).map((r) => r.name);
      const observed = {
        rules: rules.length,
        openToInternet: open,
        allowAzureServices: rules.some((r) => ipv4(r.properties.startIpAddress) === 0 && ipv4(r.properties.endIpAddress) === 0),
      };
      return open.length === 0
        ? pass(resource, 'no-open-rule', `SQL server ${s.name} has no firewall rule admitting every address.`, observed)
        : fail(resource, 'open-to-internet', `SQL server ${s.name} admits every IPv4 address through ${open.join(', ')}.`, observed);
    });
  },
};
