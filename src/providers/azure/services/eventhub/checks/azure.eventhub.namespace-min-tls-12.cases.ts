import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { ehNamespace as ns } from '../cases.fixtures.js';
import { minTlsRows } from '../namespace.fixtures.js';
import { AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE } from '../state.js';
import { eventhubNamespaceMinTls12 as check } from './azure.eventhub.namespace-min-tls-12.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE, [...minTlsRows(ns)]),
};
