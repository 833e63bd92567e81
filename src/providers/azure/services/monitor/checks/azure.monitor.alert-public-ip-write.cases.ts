import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { subscriptionCases } from '../../../service-kit/cases.fixtures.js';
import { alert, cat, opn } from '../alerts.fixtures.js';
import { ACTIVITY_LOG_ALERT } from '../collect.js';
import { AZURE_ACTIVITY_LOG_ALERTS } from '../state.js';
import { monitorAlertPublicIpWrite as check } from './azure.monitor.alert-public-ip-write.js';

void [alert, cat, opn];

export const table: CheckCases = {
  check,
  cases: subscriptionCases(AZURE_ACTIVITY_LOG_ALERTS, ACTIVITY_LOG_ALERT, [
    [
      'a matching enabled alert with an action group passes',
      [alert('a', [cat('Administrative'), opn('Microsoft.Network/publicIPAddresses/write')])],
      [['pass', 'alert-configured']],
    ],
    [
      'the operation inside an anyOf passes',
      [alert('a', [cat('Administrative'), { anyOf: [opn('Microsoft.Foo/bar/write'), opn('Microsoft.Network/publicIPAddresses/write')] }])],
      [['pass', 'alert-configured']],
    ],
    ['no alerts fails', [], [['fail', 'no-alert']]],
    [
      'a disabled alert fails',
      [alert('a', [cat('Administrative'), opn('Microsoft.Network/publicIPAddresses/write')], { enabled: false })],
      [['fail', 'no-alert']],
    ],
    [
      'an alert filtering on level fails',
      [alert('a', [cat('Administrative'), opn('Microsoft.Network/publicIPAddresses/write'), { field: 'level', equals: 'Error' }])],
      [['fail', 'no-alert']],
    ],
    [
      'an alert without action group fails',
      [alert('a', [cat('Administrative'), opn('Microsoft.Network/publicIPAddresses/write')], { actionGroups: [] })],
      [['fail', 'no-alert']],
    ],
    [
      'an alert on another subscription fails',
      [alert('a', [cat('Administrative'), opn('Microsoft.Network/publicIPAddresses/write')], { scope: '/subscriptions/other' })],
      [['fail', 'no-alert']],
    ],
  ]),
};
