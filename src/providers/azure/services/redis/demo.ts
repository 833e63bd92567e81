/** A private Premium session cache on Entra ID only, and a public Basic cache with the plain-text port open and TLS 1.0. */
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, demoList, page } from '../../service-kit/demo.js';
import { REDIS_CACHE } from './state.js';

export const redisDemo: ReplayRoutes = {
  [demoList(REDIS_CACHE)]: page([
    demoArm('rg-web', REDIS_CACHE, 'acme-session-redis', {
      sku: { name: 'Premium', family: 'P', capacity: 1 },
      enableNonSslPort: false,
      minimumTlsVersion: '1.2',
      publicNetworkAccess: 'Disabled',
      disableAccessKeyAuthentication: true,
    }),
    demoArm('rg-legacy', REDIS_CACHE, 'acme-legacy-redis', {
      sku: { name: 'Basic', family: 'C', capacity: 0 },
      enableNonSslPort: true,
      minimumTlsVersion: '1.0',
      publicNetworkAccess: 'Enabled',
      disableAccessKeyAuthentication: false,
    }),
  ]),
};
