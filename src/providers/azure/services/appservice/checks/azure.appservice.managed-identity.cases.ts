import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { site } from '../cases.fixtures.js';
import { AZURE_WEB_APPS, SITE } from '../state.js';
import { appServiceManagedIdentity as check } from './azure.appservice.managed-identity.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_WEB_APPS, SITE, [
    ['system-assigned passes', [site('a', {}, { identity: { type: 'SystemAssigned' } })], [['pass', 'identity-assigned']]],
    ['None fails', [site('a', {}, { identity: { type: 'None' } })], [['fail', 'no-identity']]],
    ['no identity block fails', [site('a')], [['fail', 'no-identity']]],
  ]),
};
