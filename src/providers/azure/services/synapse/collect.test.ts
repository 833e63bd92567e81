import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { synapseCollectors } from './collect.js';
import { AZURE_SYNAPSE_WORKSPACES, WORKSPACE } from './state.js';

describeArmCollectors('synapse', synapseCollectors, [
  {
    key: AZURE_SYNAPSE_WORKSPACES,
    type: WORKSPACE,
    extra: {
      properties: {
        azureADOnlyAuthentication: true,
        sqlAdministratorLogin: 'sqladmin',
        sqlAdministratorLoginPassword: 's3cret',
        extraProperties: { WorkspaceType: 'Normal', connectionToken: 's3cret' },
      },
    },
  },
]);
