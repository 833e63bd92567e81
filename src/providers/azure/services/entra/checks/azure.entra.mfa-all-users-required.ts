import type { Check } from '../../../../../model/check.js';
import { coversEveryApp, coversModernClients, includesAllUsers, requiresMfa, unconditional } from '../conditional-access.js';
import { caRequirement } from '../requirement.js';
import { ENTRA_CONDITIONAL_ACCESS, ENTRA_ORGANIZATION, ENTRA_SECURITY_DEFAULTS } from '../state.js';
import { TENANT_TYPE } from '../tenant.js';

export const entraMfaAllUsersRequired: Check = {
  meta: {
    id: 'azure.entra.mfa-all-users-required',
    title: 'Every user must sign in with MFA (security defaults or Conditional Access)',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'high',
    requires: [ENTRA_ORGANIZATION, ENTRA_SECURITY_DEFAULTS, ENTRA_CONDITIONAL_ACCESS],
    rationale:
      'Passes when security defaults are on (they make every user register for and use MFA), or when an enabled Conditional Access policy includes all users and all cloud apps, ' +
      'applies to browser and app clients without platform, location or risk conditions, and grants access only with MFA or an authentication strength (under OR no non-MFA alternative such as a compliant device). ' +
      'Report-only policies enforce nothing and do not count; exclusions are reported. Either input unreadable (for example Conditional Access needing Entra ID P1) with no pass is an error.',
    remediation: {
      text: 'Turn on security defaults, or create an enabled Conditional Access policy for All users and All cloud apps that grants access with "Require multifactor authentication", excluding only emergency access accounts.',
    },
  },
  evaluate: (ctx) =>
    caRequirement(ctx, {
      securityDefaultsCover: true,
      what: 'MFA for all users',
      qualifies: (p) => includesAllUsers(p) && coversEveryApp(p) && coversModernClients(p) && unconditional(p) && requiresMfa(p),
    }),
};
