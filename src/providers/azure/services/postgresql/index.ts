import type { AzureService } from '../../service.js';
import { postgresqlConnectionThrottlingOn } from './checks/azure.postgresql.connection-throttling-on.js';
import { postgresqlGeoRedundantBackup } from './checks/azure.postgresql.geo-redundant-backup.js';
import { postgresqlLogCheckpointsOn } from './checks/azure.postgresql.log-checkpoints-on.js';
import { postgresqlLogConnectionsOn } from './checks/azure.postgresql.log-connections-on.js';
import { postgresqlLogDisconnectionsOn } from './checks/azure.postgresql.log-disconnections-on.js';
import { postgresqlLogRetention } from './checks/azure.postgresql.log-retention.js';
import { postgresqlMinimumTls } from './checks/azure.postgresql.minimum-tls.js';
import { postgresqlPublicAccessDisabled } from './checks/azure.postgresql.public-access-disabled.js';
import { postgresqlSecureTransportRequired } from './checks/azure.postgresql.secure-transport-required.js';
import { postgresqlCollectors } from './collect.js';
import { postgresqlDemo } from './demo.js';

export const postgresql: AzureService = {
  id: 'postgresql',
  collectors: postgresqlCollectors,
  checks: [
    postgresqlConnectionThrottlingOn,
    postgresqlGeoRedundantBackup,
    postgresqlLogCheckpointsOn,
    postgresqlLogConnectionsOn,
    postgresqlLogDisconnectionsOn,
    postgresqlLogRetention,
    postgresqlMinimumTls,
    postgresqlPublicAccessDisabled,
    postgresqlSecureTransportRequired,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: postgresqlDemo,
};
