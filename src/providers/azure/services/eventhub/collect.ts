/** Event Hubs namespaces and their network rule sets through the generic ARM client (2024-01-01, the current GA version). */
import { namespaceCollectors } from './namespace-collect.js';
import { AZURE_EVENTHUB_NAMESPACES, AZURE_EVENTHUB_NETWORK_RULE_SETS, EVENTHUB_NAMESPACE } from './state.js';

export const eventhubCollectors = namespaceCollectors(
  AZURE_EVENTHUB_NAMESPACES,
  AZURE_EVENTHUB_NETWORK_RULE_SETS,
  EVENTHUB_NAMESPACE,
  '2024-01-01',
);
