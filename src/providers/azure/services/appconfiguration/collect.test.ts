import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { appconfigurationCollectors } from './collect.js';
import { AZURE_CONFIG_STORES, CONFIG_STORE } from './state.js';

describeArmCollectors('appconfiguration', appconfigurationCollectors, [
  {
    key: AZURE_CONFIG_STORES,
    type: CONFIG_STORE,
    extra: {
      sku: { name: 'standard' },
      properties: {
        disableLocalAuth: true,
        endpoint: 'https://s3cret.azconfig.io',
        encryption: { keyVaultProperties: { identityClientId: 's3cret' } },
      },
    },
  },
]);
