import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { dataFactoryCollectors } from './collect.js';
import { AZURE_DATA_FACTORIES, FACTORY } from './state.js';

describeArmCollectors('datafactory', dataFactoryCollectors, [
  {
    key: AZURE_DATA_FACTORIES,
    type: FACTORY,
    extra: {
      properties: {
        publicNetworkAccess: 'Disabled',
        globalParameters: { sqlPassword: { type: 'String', value: 's3cret' } },
        repoConfiguration: { type: 'FactoryGitHubConfiguration', clientSecret: { byoaSecretName: 's3cret' } },
      },
    },
  },
]);
