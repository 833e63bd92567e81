import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { subscriptionCases } from '../../../service-kit/cases.fixtures.js';
import { classic } from '../cases.fixtures.js';
import { AZURE_CLASSIC_ADMINS, CLASSIC_ADMIN } from '../state.js';
import { authorizationNoClassicAdministrators as check } from './azure.authorization.no-classic-administrators.js';

export const table: CheckCases = {
  check,
  cases: subscriptionCases(AZURE_CLASSIC_ADMINS, CLASSIC_ADMIN, [
    ['none passes', [], [['pass', 'no-co-admins']]],
    ['only the service administrator passes', [classic('ServiceAdministrator;AccountAdministrator')], [['pass', 'no-co-admins']]],
    [
      'a co-administrator fails',
      [classic('ServiceAdministrator;AccountAdministrator'), classic('CoAdministrator')],
      [['fail', 'co-admins']],
    ],
  ]),
};
