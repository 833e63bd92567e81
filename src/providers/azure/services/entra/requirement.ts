/**
 * The verdict shared by the Conditional Access checks: the tenant meets a requirement when
 * security defaults are on (for requirements they cover) or an enforced policy qualifies. A
 * policy that would qualify but is report-only is named in the failure: it enforces nothing.
 */
import type { CheckContext, Finding } from '../../../../model/check.js';
import { errorFinding, fail, pass, readFetched } from '../../../check-kit.js';
import { GRAPH_APIS } from './collect.js';
import { enforced, label, reportOnly } from './conditional-access.js';
import { type ConditionalAccessPolicy, ENTRA_CONDITIONAL_ACCESS, ENTRA_SECURITY_DEFAULTS } from './state.js';
import { missing, onTenant } from './tenant.js';

export interface Requirement {
  /** Security defaults enforce this requirement themselves. */
  securityDefaultsCover: boolean;
  qualifies: (p: ConditionalAccessPolicy) => boolean;
  /** What is required, for messages: "MFA for all users". */
  what: string;
}

export function caRequirement(ctx: CheckContext, req: Requirement): Finding[] {
  return onTenant(ctx, (tenant) => {
    const defaults = readFetched(ctx, ENTRA_SECURITY_DEFAULTS);
    const policies = readFetched(ctx, ENTRA_CONDITIONAL_ACCESS);
    if (req.securityDefaultsCover && defaults.ok && defaults.value.isEnabled === true) {
      return [pass(tenant, 'security-defaults', `Security defaults are on, which enforce ${req.what}.`, { securityDefaults: true })];
    }
    if (policies.ok) {
      const good = policies.value.filter((p) => enforced(p) && req.qualifies(p));
      if (good.length)
        return [
          pass(tenant, 'ca-policy', `Conditional Access enforces ${req.what}: ${good.map(label).join(', ')}.`, {
            policies: good.map((p) => p.displayName ?? p.id),
          }),
        ];
    }
    // No pass: a verdict now needs every input the pass could have come from.
    if (!policies.ok) return [errorFinding(tenant, policies.error, 'Conditional Access policies')];
    if (req.securityDefaultsCover) {
      if (!defaults.ok) return [errorFinding(tenant, defaults.error, 'security defaults')];
      if (defaults.value.isEnabled === undefined) {
        const a = GRAPH_APIS.securityDefaults;
        return [errorFinding(tenant, missing(a.api, a.actions.join(', '), 'the security defaults policy has no isEnabled'))];
      }
    }
    const draft = policies.value.filter((p) => reportOnly(p) && req.qualifies(p));
    const note = draft.length ? ` ${draft.map(label).join(', ')} would, but ${draft.length === 1 ? 'is' : 'are'} report-only.` : '';
    const sd = req.securityDefaultsCover ? 'Security defaults are off and no' : 'No';
    return [
      fail(tenant, 'not-required', `${sd} enabled Conditional Access policy enforces ${req.what}.${note}`, {
        securityDefaults: defaults.ok ? (defaults.value.isEnabled ?? null) : null,
        enabledPolicies: policies.value.filter(enforced).length,
        reportOnly: draft.map((p) => p.displayName ?? p.id),
      }),
    ];
  });
}
