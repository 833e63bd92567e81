import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { searchCollectors } from './collect.js';
import { AZURE_SEARCH_SERVICES, SEARCH_SERVICE } from './state.js';

describeArmCollectors('search', searchCollectors, [
  {
    key: AZURE_SEARCH_SERVICES,
    type: SEARCH_SERVICE,
    extra: { sku: { name: 'standard' }, properties: { disableLocalAuth: true, primaryKey: 's3cret', endpoint: 'https://s3cret' } },
  },
]);
