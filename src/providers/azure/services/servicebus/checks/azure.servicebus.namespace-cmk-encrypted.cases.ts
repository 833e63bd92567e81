import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { cmkRows } from '../../eventhub/namespace.fixtures.js';
import { sbNamespace as ns } from '../cases.fixtures.js';
import { AZURE_SERVICEBUS_NAMESPACES, SERVICEBUS_NAMESPACE } from '../state.js';
import { servicebusNamespaceCmkEncrypted as check } from './azure.servicebus.namespace-cmk-encrypted.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_SERVICEBUS_NAMESPACES, SERVICEBUS_NAMESPACE, [...cmkRows(ns)]),
};
