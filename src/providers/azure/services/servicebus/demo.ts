/**
 * A private, Entra-only Premium orders namespace on a Key Vault key, a Premium billing namespace on
 * platform keys set to Disabled whose network rule set still enables public access (the rule set's
 * value takes effect), and an open Standard namespace still on TLS 1.1 with SAS keys.
 */
import type { ReplayRoutes } from '../../replay.js';
import { body, demoArm, demoList, page } from '../../service-kit/demo.js';
import { SERVICEBUS_NAMESPACE } from './state.js';

const premium = { sku: { name: 'Premium', tier: 'Premium', capacity: 1 } };

const orders = demoArm(
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
);
const billing = demoArm(
  'rg-data',
  SERVICEBUS_NAMESPACE,
  'acme-billing-sb',
  { disableLocalAuth: true, publicNetworkAccess: 'Disabled', minimumTlsVersion: '1.2' },
  premium,
);
const legacy = demoArm(
  'rg-legacy',
  SERVICEBUS_NAMESPACE,
  'acme-legacy-sb',
  { disableLocalAuth: false, publicNetworkAccess: 'Enabled', minimumTlsVersion: '1.1' },
  { sku: { name: 'Standard', tier: 'Standard' } },
);

const rules = (publicNetworkAccess: string, defaultAction: string) =>
  body({ properties: { publicNetworkAccess, defaultAction, ipRules: [], virtualNetworkRules: [] } });

export const servicebusDemo: ReplayRoutes = {
  [demoList(SERVICEBUS_NAMESPACE)]: page([orders, billing, legacy]),
  [`GET ${orders.id}/networkRuleSets/default`]: rules('Disabled', 'Deny'),
  [`GET ${billing.id}/networkRuleSets/default`]: rules('Enabled', 'Deny'),
  [`GET ${legacy.id}/networkRuleSets/default`]: rules('Enabled', 'Allow'),
};
