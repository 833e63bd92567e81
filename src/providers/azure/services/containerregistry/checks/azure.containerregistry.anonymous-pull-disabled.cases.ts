import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { registry } from '../cases.fixtures.js';
import { AZURE_REGISTRIES, REGISTRY } from '../state.js';
import { containerregistryAnonymousPullDisabled as check } from './azure.containerregistry.anonymous-pull-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_REGISTRIES, REGISTRY, [
    ['absent passes', [registry('r')], [['pass', 'no-anonymous-pull']]],
    ['true fails', [registry('r', { anonymousPullEnabled: true })], [['fail', 'anonymous-pull']]],
  ]),
};
