import type { Check } from '../../../../../model/check.js';
import { authorizationSetting } from '../authorization.js';
import { ENTRA_AUTHORIZATION_POLICY, ENTRA_ORGANIZATION } from '../state.js';
import { TENANT_TYPE } from '../tenant.js';

export const entraUsersCannotRegisterApps: Check = {
  meta: {
    id: 'azure.entra.users-cannot-register-apps',
    title: 'Users cannot register applications',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'medium',
    requires: [ENTRA_ORGANIZATION, ENTRA_AUTHORIZATION_POLICY],
    rationale:
      'Reads defaultUserRolePermissions.allowedToCreateApps of the authorization policy ("Users can register applications"). Passes when false: registering apps, which can then be granted consent and hold credentials, is left to users given the Application Developer role. Absent is an error.',
    remediation: {
      text: 'Set "Users can register applications" to No (Entra ID > Users > User settings), and give the Application Developer role to those who need it.',
    },
  },
  evaluate: (ctx) =>
    authorizationSetting(ctx, {
      field: 'allowedToCreateApps',
      read: (p) => p.defaultUserRolePermissions?.allowedToCreateApps,
      good: (v) => v === false,
      passMessage: () => 'Only administrators and app developers can register applications.',
      failMessage: () => 'Any user can register applications (allowedToCreateApps is true).',
    }),
};
