import type { Check } from '../../../../../model/check.js';
import { errorFinding, fail, pass, readFetched } from '../../../../check-kit.js';
import { GRAPH_APIS } from '../collect.js';
import { coversEveryApp, coversModernClients, coversRole, enforced, label, requiresMfa, unconditional } from '../conditional-access.js';
import {
  type ConditionalAccessPolicy,
  ENTRA_CONDITIONAL_ACCESS,
  ENTRA_ORGANIZATION,
  ENTRA_SECURITY_DEFAULTS,
  ROLE_NAMES,
} from '../state.js';
import { missing, onTenant, TENANT_TYPE } from '../tenant.js';

/** The administrator roles Microsoft's "Require MFA for administrators" template covers. */
export const ADMIN_ROLES = Object.keys(ROLE_NAMES);

const mfaEverywhere = (p: ConditionalAccessPolicy): boolean =>
  enforced(p) && coversEveryApp(p) && coversModernClients(p) && unconditional(p) && requiresMfa(p);

export const entraMfaAdminsRequired: Check = {
  meta: {
    id: 'azure.entra.mfa-admins-required',
    title: 'Administrator roles must sign in with MFA',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'critical',
    requires: [ENTRA_ORGANIZATION, ENTRA_SECURITY_DEFAULTS, ENTRA_CONDITIONAL_ACCESS],
    rationale:
      `Passes when security defaults are on (they always require MFA of administrators), or when enabled Conditional Access policies together cover each of the ${ADMIN_ROLES.length} privileged directory roles of Microsoft's "Require MFA for administrators" template ` +
      '(Global, Privileged Role, Security, User, Exchange, SharePoint, Application, Billing… Administrator), a role counting as covered by a policy that includes it (or all users) without excluding it, ' +
      'for all cloud apps, browser and app clients, no platform, location or risk condition, and grants only with MFA or an authentication strength. Report-only policies do not count; the failure names the roles left uncovered.',
    remediation: {
      text: 'Create an enabled Conditional Access policy that includes the administrator directory roles (or All users), targets All cloud apps and grants "Require multifactor authentication" (or a phishing-resistant authentication strength).',
    },
  },
  evaluate(ctx) {
    return onTenant(ctx, (tenant) => {
      const defaults = readFetched(ctx, ENTRA_SECURITY_DEFAULTS);
      if (defaults.ok && defaults.value.isEnabled === true)
        return [
          pass(tenant, 'security-defaults', 'Security defaults are on, which require MFA of every administrator.', {
            securityDefaults: true,
          }),
        ];
      const policies = readFetched(ctx, ENTRA_CONDITIONAL_ACCESS);
      if (!policies.ok) return [errorFinding(tenant, policies.error, 'Conditional Access policies')];
      const good = policies.value.filter(mfaEverywhere);
      const uncovered = ADMIN_ROLES.filter((r) => !good.some((p) => coversRole(p, r)));
      if (uncovered.length === 0)
        return [
          pass(tenant, 'ca-policy', `Conditional Access requires MFA of every administrator role: ${good.map(label).join(', ')}.`, {
            policies: good.map((p) => p.displayName ?? p.id),
          }),
        ];
      if (!defaults.ok) return [errorFinding(tenant, defaults.error, 'security defaults')];
      if (defaults.value.isEnabled === undefined) {
        const a = GRAPH_APIS.securityDefaults;
        return [errorFinding(tenant, missing(a.api, a.actions.join(', '), 'the security defaults policy has no isEnabled'))];
      }
      return [
        fail(
          tenant,
          'roles-uncovered',
          `No enabled Conditional Access policy requires MFA of ${uncovered.map((r) => ROLE_NAMES[r]).join(', ')}.`,
          {
            uncoveredRoles: uncovered.map((r) => ROLE_NAMES[r]),
            policies: good.map((p) => p.displayName ?? p.id),
          },
        ),
      ];
    });
  },
};
