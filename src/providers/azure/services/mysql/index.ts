import type { AzureService } from '../../service.js';
import { mysqlAuditLogConnections } from './checks/azure.mysql.audit-log-connections.js';
import { mysqlAuditLogEnabled } from './checks/azure.mysql.audit-log-enabled.js';
import { mysqlGeoRedundantBackup } from './checks/azure.mysql.geo-redundant-backup.js';
import { mysqlMinimumTls } from './checks/azure.mysql.minimum-tls.js';
import { mysqlPublicAccessDisabled } from './checks/azure.mysql.public-access-disabled.js';
import { mysqlSecureTransportRequired } from './checks/azure.mysql.secure-transport-required.js';
import { mysqlCollectors } from './collect.js';
import { mysqlDemo } from './demo.js';

export const mysql: AzureService = {
  id: 'mysql',
  collectors: mysqlCollectors,
  checks: [
    mysqlAuditLogConnections,
    mysqlAuditLogEnabled,
    mysqlGeoRedundantBackup,
    mysqlMinimumTls,
    mysqlPublicAccessDisabled,
    mysqlSecureTransportRequired,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: mysqlDemo,
};
