import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { ehNamespace as ns } from '../cases.fixtures.js';
import { publicNetworkRows } from '../namespace.fixtures.js';
import { ruleSetGet } from '../namespace-state.js';
import { AZURE_EVENTHUB_NAMESPACES, AZURE_EVENTHUB_NETWORK_RULE_SETS, EVENTHUB_NAMESPACE } from '../state.js';
import { eventhubNamespacePublicNetworkAccessDisabled as check } from './azure.eventhub.namespace-public-network-access-disabled.js';

export const table: CheckCases = {
  check,
  cases: childCases(AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE, AZURE_EVENTHUB_NETWORK_RULE_SETS, publicNetworkRows(ns), {
    item: ns('n', { publicNetworkAccess: 'Disabled' }, 'Premium'),
    api: ruleSetGet(EVENTHUB_NAMESPACE).api,
  }),
};
