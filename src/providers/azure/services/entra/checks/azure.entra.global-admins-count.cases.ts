import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { graphDenied, notTheHolder, tenant } from '../entra.fixtures.js';
import { ENTRA_GLOBAL_ADMIN_ASSIGNMENTS, ROLES } from '../state.js';
import { entraGlobalAdminsCount as check } from './azure.entra.global-admins-count.js';

const admins = (...principals: string[]) =>
  tenant().global(
    ENTRA_GLOBAL_ADMIN_ASSIGNMENTS,
    principals.map((p, i) => ({ id: `a${i}`, principalId: p, roleDefinitionId: ROLES.globalAdministrator, directoryScopeId: '/' })),
  );

export const table: CheckCases = {
  check,
  cases: [
    { name: 'two', snapshot: admins('u1', 'u2'), expected: [['pass', 'within-range']] },
    { name: 'one principal assigned twice is one', snapshot: admins('u1', 'u1'), expected: [['fail', 'too-few']] },
    { name: 'five', snapshot: admins('u1', 'u2', 'u3', 'u4', 'u5'), expected: [['fail', 'too-many']] },
    {
      name: 'assignments unreadable',
      snapshot: tenant().global(
        ENTRA_GLOBAL_ADMIN_ASSIGNMENTS,
        graphDenied('graph:GET /roleManagement/directory/roleAssignments', 'RoleManagement.Read.Directory'),
      ),
      expected: [['error', 'error.denied']],
    },
    notTheHolder,
  ],
};
