import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { cache } from '../cases.fixtures.js';
import { AZURE_REDIS_CACHES, REDIS_CACHE } from '../state.js';
import { redisNonSslPortDisabled as check } from './azure.redis.non-ssl-port-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_REDIS_CACHES, REDIS_CACHE, [
    ['absent is the default and passes', [cache('c')], [['pass', 'tls-only']]],
    ['false passes', [cache('c', { enableNonSslPort: false })], [['pass', 'tls-only']]],
    ['true fails', [cache('c', { enableNonSslPort: true })], [['fail', 'plaintext-port']]],
  ]),
};
