/**
 * A private, Entra-only Premium orders namespace on a Key Vault key, a private Premium billing
 * namespace on platform keys, and an open Standard namespace still on TLS 1.1 with SAS keys.
 */
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, demoList, page } from '../../service-kit/demo.js';
import { SERVICEBUS_NAMESPACE } from './state.js';

const premium = { sku: { name: 'Premium', tier: 'Premium', capacity: 1 } };

export const servicebusDemo: ReplayRoutes = {
  [demoList(SERVICEBUS_NAMESPACE)]: page([
    demoArm(
      'rg-data',
      SERVICEBUS_NAMESPACE,
      'acme-orders-sb',
      {
        disableLocalAuth: true,
        publicNetworkAccess: 'Disabled',
        minimumTlsVersion: '1.2',
        encryption: {
          keySource: 'Microsoft.KeyVault',
          keyVaultProperties: [{ keyName: 'servicebus', keyVaultUri: 'https://acme-kv-app.vault.azure.net' }],
        },
      },
      premium,
    ),
    demoArm(
      'rg-data',
      SERVICEBUS_NAMESPACE,
      'acme-billing-sb',
      { disableLocalAuth: true, publicNetworkAccess: 'Disabled', minimumTlsVersion: '1.2' },
      premium,
    ),
    demoArm(
      'rg-legacy',
      SERVICEBUS_NAMESPACE,
      'acme-legacy-sb',
      { disableLocalAuth: false, publicNetworkAccess: 'Enabled', minimumTlsVersion: '1.1' },
      { sku: { name: 'Standard', tier: 'Standard' } },
    ),
  ]),
};
