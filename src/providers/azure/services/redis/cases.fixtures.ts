import { res } from '../../service-kit/cases.fixtures.js';
import { REDIS_CACHE, type RedisCache } from './state.js';

export const cache = (name: string, properties: RedisCache['properties'] = {}, sku = 'Standard'): RedisCache =>
  res(REDIS_CACHE, name, { sku: { name: sku, family: sku === 'Premium' ? 'P' : 'C', capacity: 1 }, ...properties });
