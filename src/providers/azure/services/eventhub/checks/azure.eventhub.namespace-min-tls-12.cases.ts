import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { ehNamespace as ns } from '../cases.fixtures.js';
import { AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE } from '../state.js';
import { eventhubNamespaceMinTls12 as check } from './azure.eventhub.namespace-min-tls-12.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE, [
    ['1.2 passes', [ns('n', { minimumTlsVersion: '1.2' })], [['pass', 'tls12']]],
    ['1.3 passes', [ns('n', { minimumTlsVersion: '1.3' })], [['pass', 'tls12']]],
    ['1.0 fails', [ns('n', { minimumTlsVersion: '1.0' })], [['fail', 'tls-legacy']]],
    ['1.1 fails', [ns('n', { minimumTlsVersion: '1.1' })], [['fail', 'tls-legacy']]],
    ['absent is an error', [ns('n')], [['error', 'error.unknown']]],
  ]),
};
