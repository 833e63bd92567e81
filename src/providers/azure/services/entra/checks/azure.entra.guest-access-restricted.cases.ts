import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { graphDenied, notTheHolder, withAuthorization } from '../entra.fixtures.js';
import { entraGuestAccessRestricted as check } from './azure.entra.guest-access-restricted.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'restricted',
      snapshot: withAuthorization({ guestUserRoleId: '2af84b1e-32c8-42b7-82bc-daa82404023b' }),
      expected: [['pass', 'restricted']],
    },
    {
      name: 'allowed',
      snapshot: withAuthorization({ guestUserRoleId: '10dae51f-b6af-4016-8d66-8c2a99b929b3' }),
      expected: [['fail', 'allowed']],
    },
    { name: 'field absent', snapshot: withAuthorization({}), expected: [['error', 'error.unknown']] },
    {
      name: 'policy unreadable',
      snapshot: withAuthorization(graphDenied('graph:GET /policies/authorizationPolicy', 'Policy.Read.All')),
      expected: [['error', 'error.denied']],
    },
    notTheHolder,
  ],
};
