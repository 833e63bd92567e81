import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_REDIS_CACHES, REDIS_CACHE } from '../state.js';

export const redisEntraAuthOnly = itemCheck(
  {
    id: 'azure.redis.entra-auth-only',
    title: 'Redis caches refuse access keys and accept only Entra ID',
    service: 'redis',
    resourceType: REDIS_CACHE,
    severity: 'low',
    rationale:
      'One result per cache. Passes when `disableAccessKeyAuthentication` is true: the cache then refuses its two access keys (each a full-control shared secret) and every client authenticates with an Entra ID token mapped to a Redis data access policy. Fails when false or absent, the default. The Azure Policy built-in "Azure Cache for Redis should not use access keys for authentication" audits the same property.',
    remediation: {
      text: 'Enable Microsoft Entra authentication, give each client identity a data access policy, switch clients to tokens, then disable access key authentication.',
      cli: 'az redis update --resource-group <group> --name <cache> --set disableAccessKeyAuthentication=true',
    },
  },
  AZURE_REDIS_CACHES,
  (x) =>
    either(
      x.properties.disableAccessKeyAuthentication === true,
      ['entra-only', `Cache ${x.name} accepts only Entra ID authentication.`],
      ['access-keys', `Cache ${x.name} accepts its shared access keys.`],
    ),
);
