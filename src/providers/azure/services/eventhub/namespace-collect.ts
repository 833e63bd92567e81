/** The namespace list both messaging folders collect, projected to the fields their checks read. */
import type { InventoryKey } from '../../../../model/keys.js';
import type { AzureCollector } from '../../context.js';
import { armList } from '../../service-kit/collect.js';
import { type Shape, withTags } from '../../wire.js';
import type { MessagingNamespace } from './namespace-state.js';

const SHAPE: Shape<MessagingNamespace> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  sku: { name: true, tier: true },
  properties: {
    disableLocalAuth: true,
    publicNetworkAccess: true,
    minimumTlsVersion: true,
    encryption: { keySource: true, keyVaultProperties: { keyName: true, keyVaultUri: true }, requireInfrastructureEncryption: true },
    clusterArmId: true,
    privateEndpointConnections: { id: true, properties: { privateLinkServiceConnectionState: { status: true } } },
  },
};

/** The subscription-wide namespace list of one messaging resource type. */
export function namespaceCollectors(key: InventoryKey<MessagingNamespace[]>, type: string, apiVersion: string) {
  return [armList(key, type, apiVersion, SHAPE, withTags)] as readonly AzureCollector<unknown>[];
}
