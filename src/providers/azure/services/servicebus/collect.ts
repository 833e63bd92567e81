/** Service Bus namespaces and their network rule sets through the generic ARM client (2024-01-01, the current GA version). */
import { namespaceCollectors } from '../eventhub/namespace-collect.js';
import { AZURE_SERVICEBUS_NAMESPACES, AZURE_SERVICEBUS_NETWORK_RULE_SETS, SERVICEBUS_NAMESPACE } from './state.js';

export const servicebusCollectors = namespaceCollectors(
  AZURE_SERVICEBUS_NAMESPACES,
  AZURE_SERVICEBUS_NETWORK_RULE_SETS,
  SERVICEBUS_NAMESPACE,
  '2024-01-01',
);
