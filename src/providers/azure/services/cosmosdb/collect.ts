/** Cosmos DB accounts through the generic ARM client. */
import type { AzureCollector } from '../../context.js';
import { armList } from '../../service-kit/collect.js';
import { type Shape, withTags } from '../../wire.js';
import { AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT, type CosmosAccount } from './state.js';

const SHAPE: Shape<CosmosAccount> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  kind: true,
  properties: {
    publicNetworkAccess: true,
    isVirtualNetworkFilterEnabled: true,
    ipRules: { ipAddressOrRange: true },
    virtualNetworkRules: { id: true },
    privateEndpointConnections: { id: true, properties: { privateLinkServiceConnectionState: { status: true } } },
    disableLocalAuth: true,
    keyVaultKeyUri: true,
    minimalTlsVersion: true,
    disableKeyBasedMetadataWriteAccess: true,
  },
};

export const cosmosCollectors = [
  armList(AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT, '2024-05-15', SHAPE, withTags),
] as readonly AzureCollector<unknown>[];
