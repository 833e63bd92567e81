import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { graphDenied, notTheHolder, withAuthorization } from '../entra.fixtures.js';
import { entraGuestInvitesRestricted as check } from './azure.entra.guest-invites-restricted.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'restricted', snapshot: withAuthorization({ allowInvitesFrom: 'adminsAndGuestInviters' }), expected: [['pass', 'restricted']] },
    { name: 'allowed', snapshot: withAuthorization({ allowInvitesFrom: 'everyone' }), expected: [['fail', 'allowed']] },
    { name: 'field absent', snapshot: withAuthorization({}), expected: [['error', 'error.unknown']] },
    {
      name: 'policy unreadable',
      snapshot: withAuthorization(graphDenied('graph:GET /policies/authorizationPolicy', 'Policy.Read.All')),
      expected: [['error', 'error.denied']],
    },
    notTheHolder,
  ],
};
