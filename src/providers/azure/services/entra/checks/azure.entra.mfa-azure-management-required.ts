import type { Check } from '../../../../../model/check.js';
import { coversApp, coversModernClients, includesAllUsers, requiresMfa, unconditional } from '../conditional-access.js';
import { caRequirement } from '../requirement.js';
import { AZURE_MANAGEMENT_APP, ENTRA_CONDITIONAL_ACCESS, ENTRA_ORGANIZATION, ENTRA_SECURITY_DEFAULTS } from '../state.js';
import { TENANT_TYPE } from '../tenant.js';

export const entraMfaAzureManagementRequired: Check = {
  meta: {
    id: 'azure.entra.mfa-azure-management-required',
    title: 'Azure management (portal, CLI, ARM) requires MFA for every user',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'high',
    requires: [ENTRA_ORGANIZATION, ENTRA_SECURITY_DEFAULTS, ENTRA_CONDITIONAL_ACCESS],
    rationale:
      `Passes when security defaults are on (they require MFA for anyone reaching Azure Resource Manager), or an enabled Conditional Access policy includes all users and either all cloud apps or the Windows Azure Service Management API (${AZURE_MANAGEMENT_APP}) without excluding it, ` +
      'covers browser and app clients without platform, location or risk conditions, and grants access only with MFA or an authentication strength. Report-only policies do not count.',
    remediation: {
      text: 'Create an enabled Conditional Access policy for All users, target resource "Windows Azure Service Management API", grant "Require multifactor authentication".',
    },
  },
  evaluate: (ctx) =>
    caRequirement(ctx, {
      securityDefaultsCover: true,
      what: 'MFA for Azure management',
      qualifies: (p) =>
        includesAllUsers(p) && coversApp(p, AZURE_MANAGEMENT_APP) && coversModernClients(p) && unconditional(p) && requiresMfa(p),
    }),
};
