/**
 * One compliant resource for each key of the Event Hubs, Service Bus, Redis and App Configuration
 * folders, for the shared tests that evaluate every Azure check over one complete snapshot
 * (the same role `withArmServices` plays for the older folders).
 */
import type { SnapshotBuilder } from '../../../../test/support/snapshot.js';
import { store } from './appconfiguration/cases.fixtures.js';
import { AZURE_CONFIG_STORES } from './appconfiguration/state.js';
import { ehNamespace } from './eventhub/cases.fixtures.js';
import type { MessagingNamespace } from './eventhub/namespace-state.js';
import { AZURE_EVENTHUB_NAMESPACES } from './eventhub/state.js';
import { cache } from './redis/cases.fixtures.js';
import { AZURE_REDIS_CACHES } from './redis/state.js';
import { sbNamespace } from './servicebus/cases.fixtures.js';
import { AZURE_SERVICEBUS_NAMESPACES } from './servicebus/state.js';

const hardened: MessagingNamespace['properties'] = {
  disableLocalAuth: true,
  publicNetworkAccess: 'Disabled',
  minimumTlsVersion: '1.2',
  encryption: { keySource: 'Microsoft.KeyVault', keyVaultProperties: [{ keyName: 'k', keyVaultUri: 'https://kv.vault.azure.net' }] },
};

export function withMessagingAndCacheServices(b: SnapshotBuilder): SnapshotBuilder {
  return b
    .global(AZURE_EVENTHUB_NAMESPACES, [ehNamespace('eh1', hardened, 'Premium')])
    .global(AZURE_SERVICEBUS_NAMESPACES, [sbNamespace('sb1', hardened, 'Premium')])
    .global(AZURE_REDIS_CACHES, [
      cache('redis1', { minimumTlsVersion: '1.2', publicNetworkAccess: 'Disabled', disableAccessKeyAuthentication: true }, 'Premium'),
    ])
    .global(AZURE_CONFIG_STORES, [
      store('appcs1', { disableLocalAuth: true, publicNetworkAccess: 'Disabled', enablePurgeProtection: true }),
    ]);
}
