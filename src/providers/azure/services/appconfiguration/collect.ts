/** App Configuration stores through the generic ARM client (2024-05-01, the current GA version). */
import type { AzureCollector } from '../../context.js';
import { armList } from '../../service-kit/collect.js';
import { type Shape, withTags } from '../../wire.js';
import { AZURE_CONFIG_STORES, CONFIG_STORE, type ConfigurationStore } from './state.js';

const SHAPE: Shape<ConfigurationStore> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  sku: { name: true },
  properties: {
    disableLocalAuth: true,
    publicNetworkAccess: true,
    enablePurgeProtection: true,
    softDeleteRetentionInDays: true,
    privateEndpointConnections: { id: true, properties: { privateLinkServiceConnectionState: { status: true } } },
  },
};

export const appconfigurationCollectors = [
  armList(AZURE_CONFIG_STORES, CONFIG_STORE, '2024-05-01', SHAPE, withTags),
] as readonly AzureCollector<unknown>[];
