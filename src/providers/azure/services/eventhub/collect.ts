/** Event Hubs namespaces through the generic ARM client (2024-01-01, the current GA version). */
import { namespaceCollectors } from './namespace-collect.js';
import { AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE } from './state.js';

export const eventhubCollectors = namespaceCollectors(AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE, '2024-01-01');
