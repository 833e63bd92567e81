/** Event Hubs namespace state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { MessagingNamespace, NamespaceNetworkRuleSet } from './namespace-state.js';

export const EVENTHUB_NAMESPACE = 'Microsoft.EventHub/namespaces';

export const AZURE_EVENTHUB_NAMESPACES = inventoryKey<MessagingNamespace[]>('azure.eventhub.namespaces', 'global');

/** Each namespace's `networkRuleSets/default`, keyed by the namespace's ARM id. */
export const AZURE_EVENTHUB_NETWORK_RULE_SETS = inventoryKey<PerResource<NamespaceNetworkRuleSet>>(
  'azure.eventhub.networkRuleSets',
  'global',
);
