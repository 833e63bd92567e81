import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { graphDenied, notTheHolder, withAuthorization } from '../entra.fixtures.js';
import { entraUserConsentRestricted as check } from './azure.entra.user-consent-restricted.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'restricted',
      snapshot: withAuthorization({
        defaultUserRolePermissions: {
          permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team'],
        },
      }),
      expected: [['pass', 'restricted']],
    },
    {
      name: 'allowed',
      snapshot: withAuthorization({
        defaultUserRolePermissions: { permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForSelf.microsoft-user-default-legacy'] },
      }),
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
