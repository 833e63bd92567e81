import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { ehNamespace as ns } from '../cases.fixtures.js';
import { AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE } from '../state.js';
import { eventhubNamespaceLocalAuthDisabled as check } from './azure.eventhub.namespace-local-auth-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE, [
    ['disabled local auth passes', [ns('n', { disableLocalAuth: true })], [['pass', 'entra-only']]],
    ['false fails', [ns('n', { disableLocalAuth: false })], [['fail', 'sas-accepted']]],
    ['absent is the default and fails', [ns('n')], [['fail', 'sas-accepted']]],
  ]),
};
