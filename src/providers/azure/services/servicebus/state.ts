/** Service Bus namespace state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { MessagingNamespace } from '../eventhub/namespace-state.js';

export const SERVICEBUS_NAMESPACE = 'Microsoft.ServiceBus/namespaces';

export const AZURE_SERVICEBUS_NAMESPACES = inventoryKey<MessagingNamespace[]>('azure.servicebus.namespaces', 'global');
