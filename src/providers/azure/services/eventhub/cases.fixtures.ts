import { messagingNamespace } from './namespace.fixtures.js';
import { EVENTHUB_NAMESPACE } from './state.js';

export const ehNamespace = messagingNamespace(EVENTHUB_NAMESPACE);
