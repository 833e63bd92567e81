/**
 * A private, Entra-only Premium telemetry namespace on a Key Vault key, a perimeter-secured Premium
 * namespace on platform keys, and an open Standard namespace still on TLS 1.0 with SAS keys.
 */
import type { ReplayRoutes } from '../../replay.js';
import { body, demoArm, demoList, page } from '../../service-kit/demo.js';
import { EVENTHUB_NAMESPACE } from './state.js';

const telemetry = demoArm(
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
);
const orders = demoArm(
  'rg-data',
  EVENTHUB_NAMESPACE,
  'acme-orders-eh',
  { disableLocalAuth: true, publicNetworkAccess: 'SecuredByPerimeter', minimumTlsVersion: '1.3' },
  { sku: { name: 'Premium', tier: 'Premium', capacity: 1 } },
);
const clickstream = demoArm(
  'rg-legacy',
  EVENTHUB_NAMESPACE,
  'acme-clickstream-eh',
  { disableLocalAuth: false, publicNetworkAccess: 'Enabled', minimumTlsVersion: '1.0' },
  { sku: { name: 'Standard', tier: 'Standard', capacity: 1 } },
);

/** Each namespace's network rule set agrees with its namespace setting. */
const rules = (publicNetworkAccess: string, defaultAction: string) =>
  body({ properties: { publicNetworkAccess, defaultAction, ipRules: [], virtualNetworkRules: [] } });

export const eventhubDemo: ReplayRoutes = {
  [demoList(EVENTHUB_NAMESPACE)]: page([telemetry, orders, clickstream]),
  [`GET ${telemetry.id}/networkRuleSets/default`]: rules('Disabled', 'Deny'),
  [`GET ${orders.id}/networkRuleSets/default`]: rules('SecuredByPerimeter', 'Deny'),
  [`GET ${clickstream.id}/networkRuleSets/default`]: rules('Enabled', 'Allow'),
};
