import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { graphDenied, notTheHolder, withAuthorization } from '../entra.fixtures.js';
import { entraUsersCannotCreateTenants as check } from './azure.entra.users-cannot-create-tenants.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'restricted',
      snapshot: withAuthorization({ defaultUserRolePermissions: { allowedToCreateTenants: false } }),
      expected: [['pass', 'restricted']],
    },
    {
      name: 'allowed',
      snapshot: withAuthorization({ defaultUserRolePermissions: { allowedToCreateTenants: true } }),
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
