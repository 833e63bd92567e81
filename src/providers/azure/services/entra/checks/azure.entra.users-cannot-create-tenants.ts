import type { Check } from '../../../../../model/check.js';
import { authorizationSetting } from '../authorization.js';
import { ENTRA_AUTHORIZATION_POLICY, ENTRA_ORGANIZATION } from '../state.js';
import { TENANT_TYPE } from '../tenant.js';

export const entraUsersCannotCreateTenants: Check = {
  meta: {
    id: 'azure.entra.users-cannot-create-tenants',
    title: 'Users cannot create tenants',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'medium',
    requires: [ENTRA_ORGANIZATION, ENTRA_AUTHORIZATION_POLICY],
    rationale:
      'Reads defaultUserRolePermissions.allowedToCreateTenants ("Restrict non-admin users from creating tenants"). Passes when false: a user-created tenant is a directory outside the organisation’s controls whose creator becomes its Global Administrator. Absent is an error.',
    remediation: { text: 'Set "Restrict non-admin users from creating tenants" to Yes (Entra ID > Users > User settings).' },
  },
  evaluate: (ctx) =>
    authorizationSetting(ctx, {
      field: 'allowedToCreateTenants',
      read: (p) => p.defaultUserRolePermissions?.allowedToCreateTenants,
      good: (v) => v === false,
      passMessage: () => 'Only administrators can create Entra tenants.',
      failMessage: () => 'Any user can create a new Entra tenant (allowedToCreateTenants is true).',
    }),
};
