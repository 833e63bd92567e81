import type { Check } from '../../../../../model/check.js';
import { blocks, coversEveryApp, includesAllUsers, requiresMfa } from '../conditional-access.js';
import { caRequirement } from '../requirement.js';
import { type ConditionalAccessPolicy, ENTRA_CONDITIONAL_ACCESS, ENTRA_ORGANIZATION, ENTRA_SECURITY_DEFAULTS } from '../state.js';
import { TENANT_TYPE } from '../tenant.js';

const highRisk = (p: ConditionalAccessPolicy): boolean => (p.conditions?.userRiskLevels ?? []).some((l) => l.toLowerCase() === 'high');
const securePasswordChange = (p: ConditionalAccessPolicy): boolean =>
  (p.grantControls?.builtInControls ?? []).some((c) => c.toLowerCase() === 'passwordchange') && requiresMfa(p);

export const entraUserRiskPolicyEnforced: Check = {
  meta: {
    id: 'azure.entra.user-risk-policy-enforced',
    title: 'High-risk users must change their password after MFA, or are blocked',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'medium',
    requires: [ENTRA_ORGANIZATION, ENTRA_SECURITY_DEFAULTS, ENTRA_CONDITIONAL_ACCESS],
    rationale:
      'Entra ID Protection marks users whose credentials look compromised (needs Entra ID P2). Passes when an enabled Conditional Access policy includes all users and all cloud apps, has user risk levels including high, ' +
      'and either blocks or requires a password change together with MFA (operator AND, as Entra demands for passwordChange). Security defaults have no risk policy; report-only policies do not count.',
    remediation: {
      text: 'Create an enabled Conditional Access policy for All users and All cloud apps, condition User risk = High, grant "Require password change" and "Require multifactor authentication".',
    },
  },
  evaluate: (ctx) =>
    caRequirement(ctx, {
      securityDefaultsCover: false,
      what: 'a secure password change or a block for high-risk users',
      qualifies: (p) => includesAllUsers(p) && coversEveryApp(p) && highRisk(p) && (blocks(p) || securePasswordChange(p)),
    }),
};
