import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { publicNetworkRows } from '../../eventhub/namespace.fixtures.js';
import { ruleSetGet } from '../../eventhub/namespace-state.js';
import { sbNamespace as ns } from '../cases.fixtures.js';
import { AZURE_SERVICEBUS_NAMESPACES, AZURE_SERVICEBUS_NETWORK_RULE_SETS, SERVICEBUS_NAMESPACE } from '../state.js';
import { servicebusNamespacePublicNetworkAccessDisabled as check } from './azure.servicebus.namespace-public-network-access-disabled.js';

export const table: CheckCases = {
  check,
  cases: childCases(AZURE_SERVICEBUS_NAMESPACES, SERVICEBUS_NAMESPACE, AZURE_SERVICEBUS_NETWORK_RULE_SETS, publicNetworkRows(ns), {
    item: ns('n', { publicNetworkAccess: 'Disabled' }, 'Premium'),
    api: ruleSetGet(SERVICEBUS_NAMESPACE).api,
  }),
};
