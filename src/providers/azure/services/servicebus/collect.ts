/** Service Bus namespaces through the generic ARM client (2024-01-01, the current GA version). */
import { namespaceCollectors } from '../eventhub/namespace-collect.js';
import { AZURE_SERVICEBUS_NAMESPACES, SERVICEBUS_NAMESPACE } from './state.js';

export const servicebusCollectors = namespaceCollectors(AZURE_SERVICEBUS_NAMESPACES, SERVICEBUS_NAMESPACE, '2024-01-01');
