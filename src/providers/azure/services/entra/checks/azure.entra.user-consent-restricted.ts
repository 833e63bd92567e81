import type { Check } from '../../../../../model/check.js';
import { authorizationSetting } from '../authorization.js';
import { ENTRA_AUTHORIZATION_POLICY, ENTRA_ORGANIZATION } from '../state.js';
import { TENANT_TYPE } from '../tenant.js';

const SELF = 'managepermissiongrantsforself.';

export const entraUserConsentRestricted: Check = {
  meta: {
    id: 'azure.entra.user-consent-restricted',
    title: 'Users cannot consent to applications on their own',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'medium',
    requires: [ENTRA_ORGANIZATION, ENTRA_AUTHORIZATION_POLICY],
    rationale:
      'Reads defaultUserRolePermissions.permissionGrantPoliciesAssigned. Each ManagePermissionGrantsForSelf.* policy there lets users consent for themselves: ' +
      'microsoft-user-default-legacy to any permission of any app, microsoft-user-default-low to low-risk permissions of verified publishers. ' +
      'Passes when none is assigned ("Do not allow user consent", consent goes through admins); fails otherwise, naming the policies. Absent is an error.',
    remediation: {
      text: 'Set "User consent for applications" to "Do not allow user consent" (Enterprise applications > Consent and permissions) and enable the admin consent workflow.',
    },
  },
  evaluate: (ctx) =>
    authorizationSetting(ctx, {
      field: 'permissionGrantPoliciesAssigned',
      read: (p) => p.defaultUserRolePermissions?.permissionGrantPoliciesAssigned,
      good: (v) => !v.some((x) => x.toLowerCase().startsWith(SELF)),
      passMessage: () => 'Users cannot consent to applications; consent goes through administrators.',
      failMessage: (v) =>
        `Users can consent to applications themselves (${v
          .filter((x) => x.toLowerCase().startsWith(SELF))
          .map((x) => x.slice(SELF.length))
          .join(', ')}).`,
    }),
};
