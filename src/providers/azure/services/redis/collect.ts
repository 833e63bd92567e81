/** Azure Cache for Redis instances through the generic ARM client (2024-11-01, the current GA version). */
import type { AzureCollector } from '../../context.js';
import { armList } from '../../service-kit/collect.js';
import { type Shape, withTags } from '../../wire.js';
import { AZURE_REDIS_CACHES, REDIS_CACHE, type RedisCache } from './state.js';

// `redisConfiguration` is left out: it can hold storage connection strings for persistence.
const SHAPE: Shape<RedisCache> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  properties: {
    sku: { name: true, family: true, capacity: true },
    enableNonSslPort: true,
    minimumTlsVersion: true,
    publicNetworkAccess: true,
    disableAccessKeyAuthentication: true,
    subnetId: true,
    privateEndpointConnections: { id: true, properties: { privateLinkServiceConnectionState: { status: true } } },
  },
};

export const redisCollectors = [
  armList(AZURE_REDIS_CACHES, REDIS_CACHE, '2024-11-01', SHAPE, withTags),
] as readonly AzureCollector<unknown>[];
