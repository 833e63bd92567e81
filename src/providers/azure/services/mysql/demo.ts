/** A private, audited customer database and a public legacy server allowing TLS 1.1 without auditing. */
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, demoList, page } from '../../service-kit/demo.js';
import { SERVER } from './state.js';

const good = demoArm('rg-data', SERVER, 'acme-crm-mysql', {
  version: '8.0.21',
  network: { publicNetworkAccess: 'Disabled' },
  backup: { geoRedundantBackup: 'Enabled', backupRetentionDays: 35 },
});
const weak = demoArm('rg-legacy', SERVER, 'acme-wiki-mysql', {
  version: '5.7',
  network: { publicNetworkAccess: 'Enabled' },
  backup: { geoRedundantBackup: 'Disabled', backupRetentionDays: 7 },
});
const params = (values: Record<string, string>) => page(Object.entries(values).map(([name, value]) => ({ name, properties: { value } })));

export const mysqlDemo: ReplayRoutes = {
  [demoList(SERVER)]: page([good, weak]),
  [`GET ${good.id}/configurations`]: params({
    require_secure_transport: 'ON',
    tls_version: 'TLSv1.2,TLSv1.3',
    audit_log_enabled: 'ON',
    audit_log_events: 'CONNECTION,ADMIN,DDL',
  }),
  [`GET ${weak.id}/configurations`]: params({
    require_secure_transport: 'OFF',
    tls_version: 'TLSv1.1,TLSv1.2',
    audit_log_enabled: 'OFF',
    audit_log_events: 'CONNECTION',
  }),
};
