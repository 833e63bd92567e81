import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { recoveryCollectors } from './collect.js';
import { AZURE_RECOVERY_VAULTS, VAULT } from './state.js';

describeArmCollectors('recoveryservices', recoveryCollectors, [
  {
    key: AZURE_RECOVERY_VAULTS,
    type: VAULT,
    extra: {
      properties: {
        securitySettings: { softDeleteSettings: { softDeleteState: 'Enabled' } },
        encryption: { keyVaultProperties: { keyUri: 's3cret' } },
      },
    },
  },
]);
