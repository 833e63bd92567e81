/** Event Hubs namespace state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { MessagingNamespace } from './namespace-state.js';

export const EVENTHUB_NAMESPACE = 'Microsoft.EventHub/namespaces';

export const AZURE_EVENTHUB_NAMESPACES = inventoryKey<MessagingNamespace[]>('azure.eventhub.namespaces', 'global');
