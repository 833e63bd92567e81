import { res } from '../../service-kit/cases.fixtures.js';
import { COSMOS_ACCOUNT, type CosmosAccount } from './state.js';

export const account = (name: string, properties: CosmosAccount['properties'] = {}): CosmosAccount => ({
  ...res(COSMOS_ACCOUNT, name, properties),
  kind: 'GlobalDocumentDB',
});
