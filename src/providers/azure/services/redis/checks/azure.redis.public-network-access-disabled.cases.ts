import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { cache } from '../cases.fixtures.js';
import { AZURE_REDIS_CACHES, REDIS_CACHE } from '../state.js';
import { redisPublicNetworkAccessDisabled as check } from './azure.redis.public-network-access-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_REDIS_CACHES, REDIS_CACHE, [
    ['Disabled passes', [cache('c', { publicNetworkAccess: 'Disabled' })], [['pass', 'public-disabled']]],
    [
      'a VNet-injected Premium cache passes',
      [cache('c', { publicNetworkAccess: 'Enabled', subnetId: '/subnets/redis' }, 'Premium')],
      [['pass', 'vnet-injected']],
    ],
    ['Enabled fails', [cache('c', { publicNetworkAccess: 'Enabled' })], [['fail', 'public-enabled']]],
    ['absent means Enabled and fails', [cache('c')], [['fail', 'public-enabled']]],
    [
      'a private endpoint with the public endpoint open fails',
      [
        cache('c', {
          publicNetworkAccess: 'Enabled',
          privateEndpointConnections: [{ id: '/pe', properties: { privateLinkServiceConnectionState: { status: 'Approved' } } }],
        }),
      ],
      [['fail', 'public-enabled']],
    ],
  ]),
};
