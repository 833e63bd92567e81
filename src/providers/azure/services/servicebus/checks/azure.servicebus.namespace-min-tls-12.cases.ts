import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { minTlsRows } from '../../eventhub/namespace.fixtures.js';
import { sbNamespace as ns } from '../cases.fixtures.js';
import { AZURE_SERVICEBUS_NAMESPACES, SERVICEBUS_NAMESPACE } from '../state.js';
import { servicebusNamespaceMinTls12 as check } from './azure.servicebus.namespace-min-tls-12.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_SERVICEBUS_NAMESPACES, SERVICEBUS_NAMESPACE, [...minTlsRows(ns)]),
};
