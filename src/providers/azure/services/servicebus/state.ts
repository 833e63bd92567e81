/** Service Bus namespace state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { MessagingNamespace, NamespaceNetworkRuleSet } from '../eventhub/namespace-state.js';

export const SERVICEBUS_NAMESPACE = 'Microsoft.ServiceBus/namespaces';

export const AZURE_SERVICEBUS_NAMESPACES = inventoryKey<MessagingNamespace[]>('azure.servicebus.namespaces', 'global');

/** Each namespace's `networkRuleSets/default`, keyed by the namespace's ARM id. */
export const AZURE_SERVICEBUS_NETWORK_RULE_SETS = inventoryKey<PerResource<NamespaceNetworkRuleSet>>(
  'azure.servicebus.networkRuleSets',
  'global',
);
