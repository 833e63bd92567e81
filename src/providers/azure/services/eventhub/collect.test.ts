import { eventhubCollectors } from './collect.js';
import { describeNamespaceCollectors } from './namespace.fixtures.js';
import { AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE } from './state.js';

describeNamespaceCollectors('eventhub', eventhubCollectors, AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE);
