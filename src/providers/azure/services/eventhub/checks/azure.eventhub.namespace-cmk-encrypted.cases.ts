import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { ehNamespace as ns } from '../cases.fixtures.js';
import { cmkRows } from '../namespace.fixtures.js';
import { AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE } from '../state.js';
import { eventhubNamespaceCmkEncrypted as check } from './azure.eventhub.namespace-cmk-encrypted.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE, [
    ...cmkRows(ns),
    ['a Dedicated cluster namespace with platform keys fails', [ns('n', { clusterArmId: '/clusters/c' })], [['fail', 'platform-key']]],
  ]),
};
