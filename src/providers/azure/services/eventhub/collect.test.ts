import { eventhubCollectors } from './collect.js';
import { describeNamespaceCollectors } from './namespace.fixtures.js';
import { AZURE_EVENTHUB_NAMESPACES, AZURE_EVENTHUB_NETWORK_RULE_SETS, EVENTHUB_NAMESPACE } from './state.js';

describeNamespaceCollectors(
  'eventhub',
  eventhubCollectors,
  AZURE_EVENTHUB_NAMESPACES,
  AZURE_EVENTHUB_NETWORK_RULE_SETS,
  EVENTHUB_NAMESPACE,
);
