import { res } from '../../service-kit/cases.fixtures.js';
import { SEARCH_SERVICE, type SearchService } from './state.js';

export const service = (name: string, properties: SearchService['properties'] = {}, sku = 'standard'): SearchService => ({
  ...res(SEARCH_SERVICE, name, properties),
  sku: { name: sku },
});
