import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachSqlServer, SQL_SERVER } from '../sql-kit.js';
import { AZURE_SQL_SERVERS } from '../state.js';

export const sqlEntraAdminSet: Check = {
  meta: {
    id: 'azure.sql.entra-admin-set',
    title: 'SQL servers have a Microsoft Entra administrator',
    provider: 'azure',
    service: 'sql',
    resourceType: SQL_SERVER,
    severity: 'medium',
    requires: [AZURE_SQL_SERVERS],
    rationale:
      'Passes when the server has a Microsoft Entra (Azure AD) administrator, which enables Entra authentication for its databases; whether Entra-only authentication is on is recorded too. Fails when none is set, leaving SQL logins with passwords as the only way in. ' +
      'Entra identities bring MFA, conditional access, central disabling of leavers and group-based access instead of passwords kept in each server.',
    remediation: {
      text: 'Set a Microsoft Entra group as the server administrator, then consider Entra-only authentication.',
      cli: 'az sql server ad-admin create --resource-group <group> --server-name <server> --display-name <group-name> --object-id <group-object-id>',
    },
  },
  evaluate(ctx) {
    return eachSqlServer(ctx, (s, resource) => {
      const admin = s.properties.administrators;
      if (!admin?.login && !admin?.sid)
        return fail(resource, 'no-entra-admin', `SQL server ${s.name} has no Microsoft Entra administrator.`, { entraAdmin: false });
      const observed = {
        entraAdmin: true,
        principalType: admin.principalType ?? null,
        entraOnly: admin.azureADOnlyAuthentication === true,
      };
      return pass(
        resource,
        'entra-admin-set',
        `SQL server ${s.name} has a Microsoft Entra administrator (${admin.principalType ?? 'principal'} ${admin.login ?? admin.sid}).`,
        observed,
      );
    });
  },
};
