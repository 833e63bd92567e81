import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { cognitiveCollectors } from './collect.js';
import { AI_ACCOUNT, AZURE_AI_ACCOUNTS } from './state.js';

describeArmCollectors('cognitiveservices', cognitiveCollectors, [
  {
    key: AZURE_AI_ACCOUNTS,
    type: AI_ACCOUNT,
    extra: {
      kind: 'OpenAI',
      properties: {
        disableLocalAuth: true,
        apiProperties: { qnaAzureSearchEndpointKey: 's3cret', storageAccountConnectionString: 's3cret' },
      },
    },
  },
]);
