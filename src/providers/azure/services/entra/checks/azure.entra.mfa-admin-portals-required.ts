import type { Check } from '../../../../../model/check.js';
import { coversApp, coversModernClients, includesAllUsers, requiresMfa, unconditional } from '../conditional-access.js';
import { caRequirement } from '../requirement.js';
import { ENTRA_CONDITIONAL_ACCESS, ENTRA_ORGANIZATION, ENTRA_SECURITY_DEFAULTS } from '../state.js';
import { TENANT_TYPE } from '../tenant.js';

export const entraMfaAdminPortalsRequired: Check = {
  meta: {
    id: 'azure.entra.mfa-admin-portals-required',
    title: 'Microsoft admin portals require MFA for every user',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'medium',
    requires: [ENTRA_ORGANIZATION, ENTRA_SECURITY_DEFAULTS, ENTRA_CONDITIONAL_ACCESS],
    rationale:
      'Passes when an enabled Conditional Access policy includes all users and either all cloud apps or the "MicrosoftAdminPortals" target (Entra, Azure, Microsoft 365, Exchange and other admin centres) without excluding it, ' +
      'covers browser and app clients without platform, location or risk conditions, and grants access only with MFA or an authentication strength. ' +
      'Security defaults require MFA for administrators but not for every user opening an admin portal, so they do not pass this check; report-only policies do not count.',
    remediation: {
      text: 'Create an enabled Conditional Access policy for All users, target resource "Microsoft Admin Portals", grant "Require multifactor authentication".',
    },
  },
  evaluate: (ctx) =>
    caRequirement(ctx, {
      securityDefaultsCover: false,
      what: 'MFA for the Microsoft admin portals',
      qualifies: (p) =>
        includesAllUsers(p) && coversApp(p, 'MicrosoftAdminPortals') && coversModernClients(p) && unconditional(p) && requiresMfa(p),
    }),
};
