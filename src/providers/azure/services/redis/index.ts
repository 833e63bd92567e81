import type { AzureService } from '../../service.js';
import { redisEntraAuthOnly } from './checks/azure.redis.entra-auth-only.js';
import { redisMinTls12 } from './checks/azure.redis.min-tls-12.js';
import { redisNonSslPortDisabled } from './checks/azure.redis.non-ssl-port-disabled.js';
import { redisPublicNetworkAccessDisabled } from './checks/azure.redis.public-network-access-disabled.js';
import { redisCollectors } from './collect.js';
import { redisDemo } from './demo.js';

export const redis: AzureService = {
  id: 'redis',
  collectors: redisCollectors,
  checks: [redisEntraAuthOnly, redisMinTls12, redisNonSslPortDisabled, redisPublicNetworkAccessDisabled],
  links: new URL('./links.yaml', import.meta.url),
  demo: redisDemo,
};
