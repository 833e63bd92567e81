import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { subscriptionCases } from '../../../service-kit/cases.fixtures.js';
import { component } from '../cases.fixtures.js';
import { AZURE_APP_INSIGHTS, COMPONENT } from '../state.js';
import { appInsightsConfigured as check } from './azure.applicationinsights.configured.js';

export const table: CheckCases = {
  check,
  cases: subscriptionCases(AZURE_APP_INSIGHTS, COMPONENT, [
    ['one component passes', [component('a')], [['pass', 'insights-configured']]],
    ['none fails', [], [['fail', 'no-insights']]],
  ]),
};
