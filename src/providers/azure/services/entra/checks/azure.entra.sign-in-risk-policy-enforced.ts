import type { Check } from '../../../../../model/check.js';
import { blocks, coversEveryApp, includesAllUsers, requiresMfa } from '../conditional-access.js';
import { caRequirement } from '../requirement.js';
import { type ConditionalAccessPolicy, ENTRA_CONDITIONAL_ACCESS, ENTRA_ORGANIZATION, ENTRA_SECURITY_DEFAULTS } from '../state.js';
import { TENANT_TYPE } from '../tenant.js';

const atRisk = (p: ConditionalAccessPolicy): boolean => {
  const levels = (p.conditions?.signInRiskLevels ?? []).map((l) => l.toLowerCase());
  return levels.includes('high') && levels.includes('medium');
};

export const entraSignInRiskPolicyEnforced: Check = {
  meta: {
    id: 'azure.entra.sign-in-risk-policy-enforced',
    title: 'Risky sign-ins (medium and high) must pass MFA or are blocked',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'medium',
    requires: [ENTRA_ORGANIZATION, ENTRA_SECURITY_DEFAULTS, ENTRA_CONDITIONAL_ACCESS],
    rationale:
      'Entra ID Protection scores each sign-in (needs Entra ID P2). Passes when an enabled Conditional Access policy includes all users and all cloud apps, has sign-in risk levels including medium and high, ' +
      'and either blocks or grants only with MFA (or an authentication strength). Security defaults have no risk policy; report-only policies do not count.',
    remediation: {
      text: 'Create an enabled Conditional Access policy for All users and All cloud apps, condition Sign-in risk = High and Medium, grant "Require multifactor authentication".',
    },
  },
  evaluate: (ctx) =>
    caRequirement(ctx, {
      securityDefaultsCover: false,
      what: 'MFA or a block for medium- and high-risk sign-ins',
      qualifies: (p) => includesAllUsers(p) && coversEveryApp(p) && atRisk(p) && (requiresMfa(p) || blocks(p)),
    }),
};
