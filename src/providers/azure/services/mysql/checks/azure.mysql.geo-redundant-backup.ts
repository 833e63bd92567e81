import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_MYSQL_SERVERS, SERVER } from '../state.js';

export const mysqlGeoRedundantBackup = itemCheck(
  {
    id: 'azure.mysql.geo-redundant-backup',
    title: 'Flexible servers keep geo-redundant backups',
    service: 'mysql',
    resourceType: SERVER,
    severity: 'medium',
    rationale:
      'One result per server. Passes when `backup.geoRedundantBackup` is Enabled, so backups are replicated to the paired region and the server can be geo-restored. Fails when Disabled (the default; it can only be chosen when the server is created).',
    remediation: { text: 'Create servers with geo-redundant backup, or restore into a new server that has it.' },
  },
  AZURE_MYSQL_SERVERS,
  (x) =>
    either(
      x.properties.backup?.geoRedundantBackup === 'Enabled',
      ['geo-backup', `Server ${x.name} keeps geo-redundant backups.`],
      ['local-backup', `Server ${x.name} keeps backups in one region only.`],
      { geoRedundantBackup: x.properties.backup?.geoRedundantBackup ?? null },
    ),
);
