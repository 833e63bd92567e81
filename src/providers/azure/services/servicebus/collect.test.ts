import { describeNamespaceCollectors } from '../eventhub/namespace.fixtures.js';
import { servicebusCollectors } from './collect.js';
import { AZURE_SERVICEBUS_NAMESPACES, SERVICEBUS_NAMESPACE } from './state.js';

describeNamespaceCollectors('servicebus', servicebusCollectors, AZURE_SERVICEBUS_NAMESPACES, SERVICEBUS_NAMESPACE);
