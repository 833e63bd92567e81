import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { redisCollectors } from './collect.js';
import { AZURE_REDIS_CACHES, REDIS_CACHE } from './state.js';

describeArmCollectors('redis', redisCollectors, [
  {
    key: AZURE_REDIS_CACHES,
    type: REDIS_CACHE,
    extra: {
      properties: {
        sku: { name: 'Premium', family: 'P', capacity: 1 },
        minimumTlsVersion: '1.2',
        redisConfiguration: { 'rdb-storage-connection-string': 's3cret' },
        accessKeys: { primaryKey: 's3cret' },
      },
    },
  },
]);
