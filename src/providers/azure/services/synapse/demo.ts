/** A locked-down analytics workspace and a legacy one with SQL logins, public endpoints and no managed network. */
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, demoList, page } from '../../service-kit/demo.js';
import { WORKSPACE } from './state.js';

export const synapseDemo: ReplayRoutes = {
  [demoList(WORKSPACE)]: page([
    demoArm(
      'rg-data',
      WORKSPACE,
      'acme-analytics-syn',
      {
        azureADOnlyAuthentication: true,
        settings: { azureADOnlyAuthentication: { value: true, state: 'Consistent' } },
        extraProperties: { WorkspaceType: 'Normal' },
        publicNetworkAccess: 'Disabled',
        managedVirtualNetwork: 'default',
        managedVirtualNetworkSettings: { preventDataExfiltration: true, allowedAadTenantIdsForLinking: [] },
        encryption: {
          doubleEncryptionEnabled: true,
          cmk: { key: { name: 'synapse', keyVaultUrl: 'https://acme-kv-app.vault.azure.net/keys/synapse' }, status: 'Active' },
        },
        sqlAdministratorLogin: 'sqladminuser',
      },
      { identity: { type: 'SystemAssigned' } },
    ),
    demoArm(
      'rg-legacy',
      WORKSPACE,
      'acme-legacy-syn',
      {
        azureADOnlyAuthentication: false,
        extraProperties: { WorkspaceType: 'Normal' },
        publicNetworkAccess: 'Enabled',
        encryption: { doubleEncryptionEnabled: false },
        sqlAdministratorLogin: 'sqladminuser',
      },
      { identity: { type: 'SystemAssigned' } },
    ),
  ]),
};
