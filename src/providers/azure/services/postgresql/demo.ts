/** A private, geo-redundant orders database with full logging, and a public reporting server with TLS relaxed and logging off. */
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, demoList, page } from '../../service-kit/demo.js';
import { SERVER } from './state.js';

const good = demoArm('rg-data', SERVER, 'acme-orders-pg', {
  version: '16',
  network: { publicNetworkAccess: 'Disabled' },
  backup: { geoRedundantBackup: 'Enabled', backupRetentionDays: 35 },
});
const weak = demoArm('rg-legacy', SERVER, 'acme-reporting-pg', {
  version: '13',
  network: { publicNetworkAccess: 'Enabled' },
  backup: { geoRedundantBackup: 'Disabled', backupRetentionDays: 7 },
});
const params = (values: Record<string, string>) => page(Object.entries(values).map(([name, value]) => ({ name, properties: { value } })));

export const postgresqlDemo: ReplayRoutes = {
  [demoList(SERVER)]: page([good, weak]),
  [`GET ${good.id}/configurations`]: params({
    require_secure_transport: 'on',
    ssl_min_protocol_version: 'TLSv1.2',
    log_checkpoints: 'on',
    log_connections: 'on',
    log_disconnections: 'on',
    'connection_throttle.enable': 'on',
    'logfiles.retention_days': '7',
    work_mem: '4096',
  }),
  [`GET ${weak.id}/configurations`]: params({
    require_secure_transport: 'off',
    ssl_min_protocol_version: 'TLSv1',
    log_checkpoints: 'off',
    log_connections: 'off',
    log_disconnections: 'off',
    'connection_throttle.enable': 'off',
    'logfiles.retention_days': '3',
  }),
};
