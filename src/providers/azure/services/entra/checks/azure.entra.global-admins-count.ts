import type { Check } from '../../../../../model/check.js';
import { fail, paramsOf, pass } from '../../../../check-kit.js';
import { ENTRA_PARAMS } from '../params.js';
import { ENTRA_GLOBAL_ADMIN_ASSIGNMENTS, ENTRA_ORGANIZATION } from '../state.js';
import { readTenant, TENANT_TYPE } from '../tenant.js';

export const entraGlobalAdminsCount: Check = {
  meta: {
    id: 'azure.entra.global-admins-count',
    title: 'Between two and four Global Administrators',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'high',
    requires: [ENTRA_ORGANIZATION, ENTRA_GLOBAL_ADMIN_ASSIGNMENTS],
    rationale:
      'Counts the distinct principals with an active, tenant-wide (directory scope "/") Global Administrator assignment (roleManagement/directory/roleAssignments; PIM-eligible principals are not active and not counted). ' +
      'Passes between globalAdminsMin (2: one can recover the other) and globalAdminsMax (4: CIS asks for fewer than five) inclusive; fewer means a single point of failure, more a wider attack surface for the most powerful role.',
    remediation: {
      text: 'Keep two to four Global Administrators (including emergency access accounts); move other holders to least-privileged roles or make them PIM-eligible.',
    },
  },
  evaluate(ctx) {
    const { globalAdminsMin: min, globalAdminsMax: max } = paramsOf(ctx, 'azure.entra', ENTRA_PARAMS);
    return readTenant(ctx, ENTRA_GLOBAL_ADMIN_ASSIGNMENTS, (assignments, tenant) => {
      const principals = [...new Set(assignments.filter((a) => (a.directoryScopeId ?? '/') === '/').map((a) => a.principalId))].sort();
      const observed = { globalAdmins: principals.length, principals, min, max };
      const n = principals.length;
      if (n < min)
        return [fail(tenant, 'too-few', `Only ${n} Global Administrator${n === 1 ? '' : 's'} (at least ${min} wanted).`, observed)];
      if (n > max) return [fail(tenant, 'too-many', `${n} Global Administrators (at most ${max} wanted).`, observed)];
      return [pass(tenant, 'within-range', `${n} Global Administrators (between ${min} and ${max}).`, observed)];
    });
  },
};
