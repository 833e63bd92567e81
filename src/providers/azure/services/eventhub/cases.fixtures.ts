import { messagingNamespace } from '../messaging-namespace.fixtures.js';
import type { MessagingNamespace } from '../messaging-namespace.js';
import { EVENTHUB_NAMESPACE } from './state.js';

export const ehNamespace = (name: string, properties: MessagingNamespace['properties'] = {}, tier: string | null = 'Standard') =>
  messagingNamespace(EVENTHUB_NAMESPACE, name, properties, tier);
