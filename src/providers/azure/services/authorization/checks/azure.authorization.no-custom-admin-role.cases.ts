import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { subscriptionCases } from '../../../service-kit/cases.fixtures.js';
import { role } from '../cases.fixtures.js';
import { AZURE_CUSTOM_ROLES, ROLE_DEFINITION } from '../state.js';
import { authorizationNoCustomAdminRole as check } from './azure.authorization.no-custom-admin-role.js';

export const table: CheckCases = {
  check,
  cases: subscriptionCases(AZURE_CUSTOM_ROLES, ROLE_DEFINITION, [
    ['no custom roles pass', [], [['pass', 'no-custom-admin-role']]],
    ['a narrow custom role passes', [role('reader-plus', ['Microsoft.Storage/*/read'])], [['pass', 'no-custom-admin-role']]],
    ['* assignable at the subscription fails', [role('god', ['*'])], [['fail', 'custom-admin-role']]],
    ['* assignable at the root fails', [role('god', ['*'], ['/'])], [['fail', 'custom-admin-role']]],
    [
      '* only on one resource group passes',
      [role('rg-admin', ['*'], ['/subscriptions/x/resourceGroups/rg'])],
      [['pass', 'no-custom-admin-role']],
    ],
  ]),
};
