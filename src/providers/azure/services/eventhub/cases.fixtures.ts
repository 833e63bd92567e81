import { messagingNamespace } from '../messaging-namespace.fixtures.js';
import { EVENTHUB_NAMESPACE } from './state.js';

export const ehNamespace = messagingNamespace(EVENTHUB_NAMESPACE);
