import type { Check } from '../../../../../model/check.js';
import { authorizationSetting } from '../authorization.js';
import { ENTRA_AUTHORIZATION_POLICY, ENTRA_ORGANIZATION } from '../state.js';
import { TENANT_TYPE } from '../tenant.js';

export const entraUsersCannotCreateSecurityGroups: Check = {
  meta: {
    id: 'azure.entra.users-cannot-create-security-groups',
    title: 'Users cannot create security groups',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'low',
    requires: [ENTRA_ORGANIZATION, ENTRA_AUTHORIZATION_POLICY],
    rationale:
      'Reads defaultUserRolePermissions.allowedToCreateSecurityGroups ("Users can create security groups"). Passes when false, so groups that grant access are created under the organisation’s access management. Absent is an error.',
    remediation: {
      text: 'Set "Users can create security groups in Azure portals, API or PowerShell" to No (Entra ID > Groups > General).',
    },
  },
  evaluate: (ctx) =>
    authorizationSetting(ctx, {
      field: 'allowedToCreateSecurityGroups',
      read: (p) => p.defaultUserRolePermissions?.allowedToCreateSecurityGroups,
      good: (v) => v === false,
      passMessage: () => 'Only administrators can create security groups.',
      failMessage: () => 'Any user can create security groups (allowedToCreateSecurityGroups is true).',
    }),
};
