import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { subscriptionCases } from '../../../service-kit/cases.fixtures.js';
import { alert, cat, opn } from '../alerts.fixtures.js';
import { ACTIVITY_LOG_ALERT } from '../collect.js';
import { AZURE_ACTIVITY_LOG_ALERTS } from '../state.js';
import { monitorAlertServiceHealth as check } from './azure.monitor.alert-service-health.js';

void [alert, cat, opn];

export const table: CheckCases = {
  check,
  cases: subscriptionCases(AZURE_ACTIVITY_LOG_ALERTS, ACTIVITY_LOG_ALERT, [
    ['a service health alert passes', [alert('a', [cat('ServiceHealth')])], [['pass', 'alert-configured']]],
    ['an administrative alert does not count', [alert('a', [cat('Administrative')])], [['fail', 'no-alert']]],
    ['no alerts fails', [], [['fail', 'no-alert']]],
  ]),
};
