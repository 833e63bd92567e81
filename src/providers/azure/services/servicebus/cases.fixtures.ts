import { messagingNamespace } from '../eventhub/namespace.fixtures.js';
import { SERVICEBUS_NAMESPACE } from './state.js';

export const sbNamespace = messagingNamespace(SERVICEBUS_NAMESPACE);
