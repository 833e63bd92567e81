import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { registry } from '../cases.fixtures.js';
import { AZURE_REGISTRIES, REGISTRY } from '../state.js';
import { containerregistryContentTrustEnabled as check } from './azure.containerregistry.content-trust-enabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_REGISTRIES, REGISTRY, [
    ['enabled passes', [registry('r', { policies: { trustPolicy: { status: 'enabled' } } })], [['pass', 'content-trust']]],
    ['disabled fails', [registry('r', { policies: { trustPolicy: { status: 'disabled' } } })], [['fail', 'no-content-trust']]],
    ['Standard is not applicable', [registry('r', {}, 'Standard')], [['not_applicable', 'not-premium']]],
  ]),
};
