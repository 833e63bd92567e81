import type { Check } from '../../../../../model/check.js';
import { fail, paramsOf, pass } from '../../../../check-kit.js';
import { ENTRA_PARAMS } from '../params.js';
import { ENTRA_ORGANIZATION, ENTRA_ROLE_ASSIGNMENT_SCHEDULES, ROLE_NAMES } from '../state.js';
import { readTenant, tenantPart } from '../tenant.js';

export const entraPrivilegedRolesNoPermanentAssignment: Check = {
  meta: {
    id: 'azure.entra.privileged-roles-no-permanent-assignment',
    title: 'Privileged directory roles are held just in time, not permanently',
    provider: 'azure',
    service: 'entra',
    resourceType: 'Microsoft.Entra/roleAssignmentSchedules',
    severity: 'high',
    requires: [ENTRA_ORGANIZATION, ENTRA_ROLE_ASSIGNMENT_SCHEDULES],
    rationale:
      'Reads the PIM assignment schedules (roleManagement/directory/roleAssignmentSchedules; needs Entra ID P2, otherwise an unsupported error). ' +
      'A schedule with assignmentType "Assigned" and expiration type "noExpiration" is a standing assignment; "Activated" ones come from an eligibility and expire. ' +
      'One finding per standing assignment of a privileged role (Global, Privileged Role, Security, User… Administrator): fail, unless the principal is in permanentAssignmentsAllowed (emergency access accounts). Passes on the tenant when there is none.',
    remediation: {
      text: 'In Privileged Identity Management, convert permanent active assignments of privileged roles to eligible ones with approval and a time limit; keep only emergency access accounts permanent.',
    },
  },
  evaluate(ctx) {
    const { permanentAssignmentsAllowed } = paramsOf(ctx, 'azure.entra', ENTRA_PARAMS);
    const allowed = new Set(permanentAssignmentsAllowed.map((p) => p.toLowerCase()));
    return readTenant(ctx, ENTRA_ROLE_ASSIGNMENT_SCHEDULES, (schedules, tenant) => {
      const standing = schedules.filter(
        (s) =>
          ROLE_NAMES[s.roleDefinitionId] !== undefined &&
          (s.assignmentType ?? '').toLowerCase() === 'assigned' &&
          (s.scheduleInfo?.expiration?.type ?? '').toLowerCase() === 'noexpiration',
      );
      if (standing.length === 0)
        return [pass(tenant, 'none-permanent', 'No privileged directory role is permanently assigned.', { schedules: schedules.length })];
      return standing.map((s) => {
        const role = ROLE_NAMES[s.roleDefinitionId]!;
        const resource = tenantPart(tenant, 'Microsoft.Entra/roleAssignmentSchedules', s.id, `${role}: ${s.principalId}`);
        const observed = { role, principalId: s.principalId, directoryScopeId: s.directoryScopeId ?? '/', expiration: 'noExpiration' };
        return allowed.has(s.principalId.toLowerCase())
          ? pass(resource, 'allowed-permanent', `${role} is permanent for ${s.principalId}, an allowed emergency access account.`, observed)
          : fail(resource, 'permanent', `${role} is permanently assigned to ${s.principalId}; make it PIM-eligible.`, observed);
      });
    });
  },
};
