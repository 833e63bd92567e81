import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { graphDenied, notTheHolder, withAuthorization } from '../entra.fixtures.js';
import { entraUsersCannotCreateSecurityGroups as check } from './azure.entra.users-cannot-create-security-groups.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'restricted',
      snapshot: withAuthorization({ defaultUserRolePermissions: { allowedToCreateSecurityGroups: false } }),
      expected: [['pass', 'restricted']],
    },
    {
      name: 'allowed',
      snapshot: withAuthorization({ defaultUserRolePermissions: { allowedToCreateSecurityGroups: true } }),
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
