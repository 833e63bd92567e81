import { describe, expect, it } from 'vitest';
import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { searchCollectors } from './collect.js';
import { AZURE_SEARCH_SERVICES, SEARCH_LIST, SEARCH_SERVICE } from './state.js';

describeArmCollectors('search', searchCollectors, [
  {
    key: AZURE_SEARCH_SERVICES,
    type: SEARCH_SERVICE,
    extra: { sku: { name: 'standard' }, properties: { disableLocalAuth: true, primaryKey: 's3cret', endpoint: 'https://s3cret' } },
  },
]);

describe('search: the API the CMK check names', () => {
  it('is the one the collector declares', () => {
    expect(searchCollectors[0]?.apis).toContainEqual(expect.objectContaining({ api: SEARCH_LIST.api, actions: [SEARCH_LIST.action] }));
  });
});
