import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { subscriptionCases } from '../../../service-kit/cases.fixtures.js';
import { assignment, owners, rootUaa } from '../cases.fixtures.js';
import { AZURE_ROLE_ASSIGNMENTS, ROLE_ASSIGNMENT, USER_ACCESS_ADMIN_ROLE } from '../state.js';
import { authorizationNoRootUserAccessAdmin as check } from './azure.authorization.no-root-user-access-admin.js';

export const table: CheckCases = {
  check,
  cases: subscriptionCases(AZURE_ROLE_ASSIGNMENTS, ROLE_ASSIGNMENT, [
    ['owners only pass', owners(2), [['pass', 'no-root-uaa']]],
    ['UAA at subscription scope passes (not elevated access)', [assignment(USER_ACCESS_ADMIN_ROLE)], [['pass', 'no-root-uaa']]],
    ['UAA at the root scope fails', [rootUaa()], [['fail', 'root-uaa']]],
  ]),
};
