import type { Check } from '../../../../../model/check.js';
import { all, errorFinding, fail, pass } from '../../../../check-kit.js';
import { gap, lookupArm } from '../../../check-kit.js';
import { eachSqlServer, SQL_SERVER } from '../sql-kit.js';
import { AZURE_SQL_AUDITING, AZURE_SQL_SERVERS } from '../state.js';

export const sqlAuditingEnabled: Check = {
  meta: {
    id: 'azure.sql.auditing-enabled',
    title: 'SQL servers audit database events',
    provider: 'azure',
    service: 'sql',
    resourceType: SQL_SERVER,
    severity: 'medium',
    requires: [AZURE_SQL_SERVERS, AZURE_SQL_AUDITING],
    rationale:
      "Passes when the server's blob auditing policy is Enabled, which applies to every database on the server. Fails when it is Disabled. The destination (storage, Log Analytics or Event Hubs) and retention are recorded in the observed facts. " +
      'Audit records of logins, queries and permission changes are what an investigation of a database breach or misuse relies on.',
    remediation: {
      text: 'Enable server-level auditing to a Log Analytics workspace or storage account with a retention that meets your policy.',
      cli: 'az sql server audit-policy update --resource-group <group> --name <server> --state Enabled --lat-state Enabled --lat-workspace-resource-id <workspace-id>',
    },
  },
  evaluate(ctx) {
    return eachSqlServer(ctx, (s, resource) => {
      const got = all(resource, [lookupArm(ctx, AZURE_SQL_AUDITING, s.id)]);
      if (!got.ok) return got.finding;
      const p = got.values[0].properties;
      if (!p?.state)
        return errorFinding(
          resource,
          gap(
            'Microsoft.Sql/servers/auditingSettings:get',
            'Microsoft.Sql/servers/auditingSettings/read',
            `the auditing policy of SQL server ${s.name} has no state`,
          ),
        );
      const observed = {
        state: p.state,
        retentionDays: p.retentionDays ?? null,
        storage: Boolean(p.storageEndpoint),
        azureMonitor: p.isAzureMonitorTargetEnabled === true,
      };
      return p.state.toLowerCase() === 'enabled'
        ? pass(resource, 'auditing-enabled', `SQL server ${s.name} audits its databases.`, observed)
        : fail(resource, 'auditing-disabled', `SQL server ${s.name} has auditing ${p.state.toLowerCase()}.`, observed);
    });
  },
};
