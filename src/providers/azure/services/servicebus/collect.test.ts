import { describeNamespaceCollectors } from '../eventhub/namespace.fixtures.js';
import { servicebusCollectors } from './collect.js';
import { AZURE_SERVICEBUS_NAMESPACES, AZURE_SERVICEBUS_NETWORK_RULE_SETS, SERVICEBUS_NAMESPACE } from './state.js';

describeNamespaceCollectors(
  'servicebus',
  servicebusCollectors,
  AZURE_SERVICEBUS_NAMESPACES,
  AZURE_SERVICEBUS_NETWORK_RULE_SETS,
  SERVICEBUS_NAMESPACE,
);
