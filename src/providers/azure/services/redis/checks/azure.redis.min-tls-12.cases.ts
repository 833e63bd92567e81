import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { cache } from '../cases.fixtures.js';
import { AZURE_REDIS_CACHES, REDIS_CACHE } from '../state.js';
import { redisMinTls12 as check } from './azure.redis.min-tls-12.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_REDIS_CACHES, REDIS_CACHE, [
    ['1.2 passes', [cache('c', { minimumTlsVersion: '1.2' })], [['pass', 'tls12']]],
    ['1.0 fails', [cache('c', { minimumTlsVersion: '1.0' })], [['fail', 'tls-legacy']]],
    ['1.1 fails', [cache('c', { minimumTlsVersion: '1.1' })], [['fail', 'tls-legacy']]],
    ['absent is an error', [cache('c')], [['error', 'error.unknown']]],
  ]),
};
