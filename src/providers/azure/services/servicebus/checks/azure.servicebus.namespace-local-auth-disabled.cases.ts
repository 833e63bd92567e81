import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { localAuthRows } from '../../eventhub/namespace.fixtures.js';
import { sbNamespace as ns } from '../cases.fixtures.js';
import { AZURE_SERVICEBUS_NAMESPACES, SERVICEBUS_NAMESPACE } from '../state.js';
import { servicebusNamespaceLocalAuthDisabled as check } from './azure.servicebus.namespace-local-auth-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_SERVICEBUS_NAMESPACES, SERVICEBUS_NAMESPACE, [...localAuthRows(ns)]),
};
