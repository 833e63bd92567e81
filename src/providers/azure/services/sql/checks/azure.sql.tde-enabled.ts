import type { Check } from '../../../../../model/check.js';
import { all, errorFinding, fail, pass } from '../../../../check-kit.js';
import { azureResource, gap, lookupArm } from '../../../check-kit.js';
import { eachSqlServer } from '../sql-kit.js';
import { AZURE_SQL_DATABASES, AZURE_SQL_SERVERS, AZURE_SQL_TDE } from '../state.js';

const DATABASE = 'Microsoft.Sql/servers/databases';

export const sqlTdeEnabled: Check = {
  meta: {
    id: 'azure.sql.tde-enabled',
    title: 'SQL databases use transparent data encryption',
    provider: 'azure',
    service: 'sql',
    resourceType: DATABASE,
    severity: 'medium',
    requires: [AZURE_SQL_SERVERS, AZURE_SQL_DATABASES, AZURE_SQL_TDE],
    rationale:
      'One result per user database (the logical master database cannot use TDE and is skipped). Passes when transparent data encryption is Enabled; fails when it is Disabled. ' +
      'TDE encrypts the database files, backups and transaction logs at rest, so copies of the storage or backups do not expose the data.',
    remediation: {
      text: 'Turn transparent data encryption on for the database; it is on by default for new databases and runs online.',
      cli: 'az sql db tde set --resource-group <group> --server <server> --database <database> --status Enabled',
    },
  },
  evaluate(ctx) {
    return eachSqlServer(ctx, (s, serverRef) => {
      const dbs = all(serverRef, [lookupArm(ctx, AZURE_SQL_DATABASES, s.id)]);
      if (!dbs.ok) return [dbs.finding];
      return dbs.values[0]
        .filter((d) => d.name.toLowerCase() !== 'master')
        .map((d) => {
          const resource = azureResource(ctx, DATABASE, d);
          const got = all(resource, [lookupArm(ctx, AZURE_SQL_TDE, d.id)]);
          if (!got.ok) return got.finding;
          const state = got.values[0].properties?.state;
          if (!state)
            return errorFinding(
              resource,
              gap(
                'Microsoft.Sql/servers/databases/transparentDataEncryption:get',
                'Microsoft.Sql/servers/databases/transparentDataEncryption/read',
                `the TDE setting of ${s.name}/${d.name} has no state`,
              ),
            );
          return state.toLowerCase() === 'enabled'
            ? pass(resource, 'tde-enabled', `Database ${s.name}/${d.name} is encrypted with TDE.`, { state })
            : fail(resource, 'tde-disabled', `Database ${s.name}/${d.name} has TDE ${state.toLowerCase()}.`, { state });
        });
    });
  },
};
