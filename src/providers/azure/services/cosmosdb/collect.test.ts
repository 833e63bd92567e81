import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { cosmosCollectors } from './collect.js';
import { AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT } from './state.js';

describeArmCollectors('cosmosdb', cosmosCollectors, [
  {
    key: AZURE_COSMOS_ACCOUNTS,
    type: COSMOS_ACCOUNT,
    extra: { kind: 'GlobalDocumentDB', properties: { disableLocalAuth: true, primaryMasterKey: 's3cret' } },
  },
]);
