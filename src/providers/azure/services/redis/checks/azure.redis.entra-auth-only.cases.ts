import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { cache } from '../cases.fixtures.js';
import { AZURE_REDIS_CACHES, REDIS_CACHE } from '../state.js';
import { redisEntraAuthOnly as check } from './azure.redis.entra-auth-only.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_REDIS_CACHES, REDIS_CACHE, [
    ['access keys disabled passes', [cache('c', { disableAccessKeyAuthentication: true })], [['pass', 'entra-only']]],
    ['false fails', [cache('c', { disableAccessKeyAuthentication: false })], [['fail', 'access-keys']]],
    ['absent is the default and fails', [cache('c')], [['fail', 'access-keys']]],
  ]),
};
