import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { registry } from '../cases.fixtures.js';
import { AZURE_REGISTRIES, REGISTRY } from '../state.js';
import { containerregistryPublicNetworkRestricted as check } from './azure.containerregistry.public-network-restricted.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_REGISTRIES, REGISTRY, [
    ['disabled passes', [registry('r', { publicNetworkAccess: 'Disabled' })], [['pass', 'network-restricted']]],
    ['default deny passes', [registry('r', { networkRuleSet: { defaultAction: 'Deny' } })], [['pass', 'network-restricted']]],
    ['Basic with public access fails', [registry('r', {}, 'Basic')], [['fail', 'open-to-all']]],
  ]),
};
