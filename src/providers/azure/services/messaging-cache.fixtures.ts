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
import { AZURE_EVENTHUB_NAMESPACES, AZURE_EVENTHUB_NETWORK_RULE_SETS } from './eventhub/state.js';
import { cache } from './redis/cases.fixtures.js';
import { AZURE_REDIS_CACHES } from './redis/state.js';
import { sbNamespace } from './servicebus/cases.fixtures.js';
import { AZURE_SERVICEBUS_NAMESPACES, AZURE_SERVICEBUS_NETWORK_RULE_SETS } from './servicebus/state.js';

const hardened: MessagingNamespace['properties'] = {
  disableLocalAuth: true,
  publicNetworkAccess: 'Disabled',
  minimumTlsVersion: '1.2',
  encryption: { keySource: 'Microsoft.KeyVault', keyVaultProperties: [{ keyName: 'k', keyVaultUri: 'https://kv.vault.azure.net' }] },
};

const closedRules = { ok: true as const, value: { properties: { publicNetworkAccess: 'Disabled', defaultAction: 'Deny' } } };

export function withMessagingAndCacheServices(b: SnapshotBuilder): SnapshotBuilder {
  const eh = ehNamespace('eh1', hardened, 'Premium');
  const sb = sbNamespace('sb1', hardened, 'Premium');
  return b
    .global(AZURE_EVENTHUB_NAMESPACES, [eh])
    .global(AZURE_EVENTHUB_NETWORK_RULE_SETS, { [eh.id]: closedRules })
    .global(AZURE_SERVICEBUS_NAMESPACES, [sb])
    .global(AZURE_SERVICEBUS_NETWORK_RULE_SETS, { [sb.id]: closedRules })
    .global(AZURE_REDIS_CACHES, [
      cache('redis1', { minimumTlsVersion: '1.2', publicNetworkAccess: 'Disabled', disableAccessKeyAuthentication: true }, 'Premium'),
    ])
    .global(AZURE_CONFIG_STORES, [
      store('appcs1', { disableLocalAuth: true, publicNetworkAccess: 'Disabled', enablePurgeProtection: true }),
    ]);
}
