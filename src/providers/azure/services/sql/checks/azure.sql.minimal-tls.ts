import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachSqlServer, SQL_SERVER } from '../sql-kit.js';
import { AZURE_SQL_SERVERS } from '../state.js';

const MODERN = new Set(['1.2', '1.3']);

export const sqlMinimalTls: Check = {
  meta: {
    id: 'azure.sql.minimal-tls',
    title: 'SQL servers require TLS 1.2 or later',
    provider: 'azure',
    service: 'sql',
    resourceType: SQL_SERVER,
    severity: 'medium',
    requires: [AZURE_SQL_SERVERS],
    rationale:
      "Passes when the server's minimal TLS version is 1.2 or 1.3. Fails for 1.0, 1.1, `None`, or no setting, all of which let clients connect with deprecated protocol versions. " +
      'TLS 1.0 and 1.1 have known weaknesses; refusing them protects credentials and query results in transit.',
    remediation: {
      text: "Set the minimal TLS version to 1.2 after confirming the server's clients support it.",
      cli: 'az sql server update --resource-group <group> --name <server> --minimal-tls-version 1.2',
    },
  },
  evaluate(ctx) {
    return eachSqlServer(ctx, (s, resource) => {
      const v = s.properties.minimalTlsVersion;
      const observed = { minimalTlsVersion: v ?? null };
      return v !== undefined && MODERN.has(v)
        ? pass(resource, 'tls-modern', `SQL server ${s.name} requires TLS ${v} or later.`, observed)
        : fail(
            resource,
            'tls-legacy',
            `SQL server ${s.name} accepts ${v && v !== 'None' ? `TLS ${v}` : 'any TLS version (no minimum set)'}.`,
            observed,
          );
    });
  },
};
