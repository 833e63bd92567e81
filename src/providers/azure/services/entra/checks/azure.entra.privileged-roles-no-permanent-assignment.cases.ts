import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { notTheHolder, tenant, unlicensed } from '../entra.fixtures.js';
import { ENTRA_ROLE_ASSIGNMENT_SCHEDULES, ROLES, type RoleAssignmentSchedule } from '../state.js';
import { entraPrivilegedRolesNoPermanentAssignment as check } from './azure.entra.privileged-roles-no-permanent-assignment.js';

const schedule = (
  assignmentType: string,
  expiration: string,
  roleDefinitionId: string = ROLES.globalAdministrator,
): RoleAssignmentSchedule => ({
  id: `s-${assignmentType}-${expiration}-${roleDefinitionId.slice(0, 4)}`,
  principalId: 'u1',
  roleDefinitionId,
  directoryScopeId: '/',
  assignmentType,
  scheduleInfo: { startDateTime: '2026-01-01T00:00:00Z', expiration: { type: expiration } },
});
const with_ = (...s: RoleAssignmentSchedule[]) => tenant().global(ENTRA_ROLE_ASSIGNMENT_SCHEDULES, s);

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'only activated (just-in-time) assignments',
      snapshot: with_(schedule('Activated', 'afterDateTime')),
      expected: [['pass', 'none-permanent']],
    },
    { name: 'assigned with an end date', snapshot: with_(schedule('Assigned', 'afterDateTime')), expected: [['pass', 'none-permanent']] },
    {
      name: 'a non-privileged role held permanently',
      snapshot: with_(schedule('Assigned', 'noExpiration', '88d8e3e3-8f55-4a1e-953a-9b9898b8876b')),
      expected: [['pass', 'none-permanent']],
    },
    {
      name: 'Global Administrator held permanently',
      snapshot: with_(schedule('Assigned', 'noExpiration'), schedule('Activated', 'afterDuration')),
      expected: [['fail', 'permanent']],
    },
    {
      name: 'PIM not licensed',
      snapshot: tenant().global(
        ENTRA_ROLE_ASSIGNMENT_SCHEDULES,
        unlicensed('graph:GET /roleManagement/directory/roleAssignmentSchedules', 'RoleManagement.Read.Directory'),
      ),
      expected: [['error', 'error.unsupported']],
    },
    notTheHolder,
  ],
};
