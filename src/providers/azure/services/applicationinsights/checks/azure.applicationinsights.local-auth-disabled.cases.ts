import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { component } from '../cases.fixtures.js';
import { AZURE_APP_INSIGHTS, COMPONENT } from '../state.js';
import { appInsightsLocalAuthDisabled as check } from './azure.applicationinsights.local-auth-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_APP_INSIGHTS, COMPONENT, [
    ['DisableLocalAuth passes', [component('a', { DisableLocalAuth: true })], [['pass', 'entra-only']]],
    ['absent fails', [component('a')], [['fail', 'key-auth']]],
  ]),
};
