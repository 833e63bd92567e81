import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { registryCollectors } from './collect.js';
import { AZURE_REGISTRIES, REGISTRY } from './state.js';

describeArmCollectors('containerregistry', registryCollectors, [
  {
    key: AZURE_REGISTRIES,
    type: REGISTRY,
    extra: {
      sku: { name: 'Premium' },
      properties: { adminUserEnabled: false, encryption: { keyVaultProperties: { identity: 's3cret' } } },
    },
  },
]);
