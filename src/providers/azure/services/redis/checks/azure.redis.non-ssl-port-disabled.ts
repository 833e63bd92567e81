import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_REDIS_CACHES, REDIS_CACHE } from '../state.js';

export const redisNonSslPortDisabled = itemCheck(
  {
    id: 'azure.redis.non-ssl-port-disabled',
    title: 'Redis caches accept only TLS connections',
    service: 'redis',
    resourceType: REDIS_CACHE,
    severity: 'high',
    rationale:
      'One result per cache. Passes when `enableNonSslPort` is false or absent (Azure\'s default keeps port 6379 closed, leaving only the TLS port 6380). Fails when true, which opens the plain-text port so commands, cached data and the access key used by AUTH cross the network unencrypted. The Azure Policy built-in "Only secure connections to Azure Cache for Redis should be enabled" audits the same property.',
    remediation: {
      text: 'Move clients to the TLS port 6380, then disable the non-TLS port.',
      cli: 'az redis update --resource-group <group> --name <cache> --set enableNonSslPort=false',
    },
  },
  AZURE_REDIS_CACHES,
  (x) =>
    either(
      x.properties.enableNonSslPort !== true,
      ['tls-only', `Cache ${x.name} accepts only TLS connections.`],
      ['plaintext-port', `Cache ${x.name} has the plain-text port 6379 open.`],
    ),
);
