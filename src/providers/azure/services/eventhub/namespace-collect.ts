/** The namespace list both messaging folders collect, projected to the fields their checks read. */
import { api } from '../../../../inventory/collector.js';
import type { InventoryKey, PerResource } from '../../../../model/keys.js';
import type { AzureCollector } from '../../context.js';
import { armChild, armList } from '../../service-kit/collect.js';
import { type Shape, withTags } from '../../wire.js';
import { type MessagingNamespace, type NamespaceNetworkRuleSet, ruleSetGet } from './namespace-state.js';

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

// Only the access settings are kept: the IP and VNet rules are not judged here.
const RULE_SET_SHAPE: Shape<NamespaceNetworkRuleSet> = { properties: { publicNetworkAccess: true, defaultAction: true } };

/** The subscription-wide namespace list of one messaging resource type, and each namespace's network rule set. */
export function namespaceCollectors(
  key: InventoryKey<MessagingNamespace[]>,
  rules: InventoryKey<PerResource<NamespaceNetworkRuleSet>>,
  type: string,
  apiVersion: string,
) {
  const get = ruleSetGet(type);
  return [
    armList(key, type, apiVersion, SHAPE, withTags),
    armChild({
      key: rules,
      parent: key,
      spec: api(get.api, get.action),
      suffix: '/networkRuleSets/default',
      apiVersion,
      shape: RULE_SET_SHAPE,
      read: 'get',
    }),
  ] as readonly AzureCollector<unknown>[];
}
