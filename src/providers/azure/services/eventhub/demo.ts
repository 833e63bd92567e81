/**
 * A private, Entra-only Premium telemetry namespace on a Key Vault key, a perimeter-secured Premium
 * namespace on platform keys, and an open Standard namespace still on TLS 1.0 with SAS keys.
 */
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, demoList, page } from '../../service-kit/demo.js';
import { EVENTHUB_NAMESPACE } from './state.js';

export const eventhubDemo: ReplayRoutes = {
  [demoList(EVENTHUB_NAMESPACE)]: page([
    demoArm(
      'rg-data',
      EVENTHUB_NAMESPACE,
      'acme-telemetry-eh',
      {
        disableLocalAuth: true,
        publicNetworkAccess: 'Disabled',
        minimumTlsVersion: '1.2',
        encryption: {
          keySource: 'Microsoft.KeyVault',
          keyVaultProperties: [{ keyName: 'eventhub', keyVaultUri: 'https://acme-kv-app.vault.azure.net' }],
          requireInfrastructureEncryption: false,
        },
      },
      { sku: { name: 'Premium', tier: 'Premium', capacity: 1 } },
    ),
    demoArm(
      'rg-data',
      EVENTHUB_NAMESPACE,
      'acme-orders-eh',
      { disableLocalAuth: true, publicNetworkAccess: 'SecuredByPerimeter', minimumTlsVersion: '1.3' },
      { sku: { name: 'Premium', tier: 'Premium', capacity: 1 } },
    ),
    demoArm(
      'rg-legacy',
      EVENTHUB_NAMESPACE,
      'acme-clickstream-eh',
      { disableLocalAuth: false, publicNetworkAccess: 'Enabled', minimumTlsVersion: '1.0' },
      { sku: { name: 'Standard', tier: 'Standard', capacity: 1 } },
    ),
  ]),
};
