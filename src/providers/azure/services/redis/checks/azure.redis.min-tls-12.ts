import { either, itemCheck, missing } from '../../../service-kit/check.js';
import { AZURE_REDIS_CACHES, REDIS_CACHE, REDIS_LIST } from '../state.js';

export const redisMinTls12 = itemCheck(
  {
    id: 'azure.redis.min-tls-12',
    title: 'Redis caches require TLS 1.2',
    service: 'redis',
    resourceType: REDIS_CACHE,
    severity: 'medium',
    rationale:
      'One result per cache. Passes when `minimumTlsVersion` is 1.2. Fails for 1.0 or 1.1: Azure Cache for Redis stopped supporting TLS 1.0 and 1.1 on 1 November 2024 and moves the setting of every cache to 1.2, so a cache still reporting an older floor has not been migrated, and the reported setting is what the Azure Policy built-in audits. Azure documents no effective value for a cache that reports none, so an answer without the field is an error naming it, not an assumed pass.',
    remediation: {
      text: 'Confirm clients negotiate TLS 1.2 or later, then set the minimum TLS version to 1.2.',
      cli: 'az redis update --resource-group <group> --name <cache> --set minimumTlsVersion=1.2',
    },
  },
  AZURE_REDIS_CACHES,
  (x) => {
    const v = x.properties.minimumTlsVersion;
    if (v === undefined) return missing(REDIS_LIST.api, REDIS_LIST.action, `cache ${x.name} reports no minimumTlsVersion`);
    return either(
      Number.parseFloat(v) >= 1.2,
      ['tls12', `Cache ${x.name} requires TLS ${v} or later.`],
      ['tls-legacy', `Cache ${x.name} accepts TLS ${v}.`],
      { minimumTlsVersion: v },
    );
  },
);
