import { messagingNamespace } from '../messaging-namespace.fixtures.js';
import { SERVICEBUS_NAMESPACE } from './state.js';

export const sbNamespace = messagingNamespace(SERVICEBUS_NAMESPACE);
