import type { Check, Finding } from '../../../../../model/check.js';
import { daysBetween, fail, paramsOf, pass } from '../../../../check-kit.js';
import { ENTRA_PARAMS } from '../params.js';
import { ENTRA_GUEST_USERS, ENTRA_ORGANIZATION, type GuestUser } from '../state.js';
import { readTenant, tenantPart } from '../tenant.js';

/** The latest sign-in of either kind; absent when the guest never signed in (or before Entra kept the record). */
function lastSignIn(g: GuestUser): string | undefined {
  const times = [g.signInActivity?.lastSignInDateTime, g.signInActivity?.lastNonInteractiveSignInDateTime].filter((t): t is string => !!t);
  return times.sort().pop();
}

export const entraStaleGuestAccounts: Check = {
  meta: {
    id: 'azure.entra.stale-guest-accounts',
    title: 'Guest accounts are in use (signed in within the last 90 days)',
    provider: 'azure',
    service: 'entra',
    resourceType: 'Microsoft.Entra/users',
    severity: 'medium',
    requires: [ENTRA_ORGANIZATION, ENTRA_GUEST_USERS],
    rationale:
      'One finding per enabled guest user (userType Guest). Reads signInActivity, the latest interactive or non-interactive sign-in; Graph returns it only to tenants with Entra ID P1 and with AuditLog.Read.All, ' +
      'otherwise the whole list is an unsupported or denied error, never a pass. Fails when the last sign-in is older than staleGuestDays (90), or when there is none and the account is older than that (invited, never used). ' +
      'Disabled guests cannot sign in and pass. A tenant without guests passes once.',
    remediation: {
      text: 'Review guests regularly (Entra ID access reviews), and remove or disable those who no longer need access.',
    },
  },
  evaluate(ctx) {
    const { staleGuestDays: days } = paramsOf(ctx, 'azure.entra', ENTRA_PARAMS);
    return readTenant(ctx, ENTRA_GUEST_USERS, (guests, tenant): Finding[] => {
      if (guests.length === 0) return [pass(tenant, 'no-guests', 'The tenant has no guest accounts.', { guests: 0 })];
      return guests.map((g) => {
        const resource = tenantPart(tenant, 'Microsoft.Entra/users', g.id, g.userPrincipalName ?? g.displayName ?? g.id);
        const last = lastSignIn(g);
        const observed = {
          lastSignIn: last ?? null,
          createdDateTime: g.createdDateTime ?? null,
          accountEnabled: g.accountEnabled ?? null,
          staleGuestDays: days,
        };
        if (g.accountEnabled === false) return pass(resource, 'disabled', 'The guest account is disabled.', observed);
        if (last) {
          const idle = daysBetween(last, ctx.now);
          return idle > days
            ? fail(resource, 'stale', `Last sign-in ${idle} days ago (more than ${days}).`, observed)
            : pass(resource, 'active', `Signed in ${idle} days ago.`, observed);
        }
        const age = g.createdDateTime ? daysBetween(g.createdDateTime, ctx.now) : undefined;
        return age === undefined || age > days
          ? fail(resource, 'never-signed-in', `Never signed in${age === undefined ? '' : `, invited ${age} days ago`}.`, observed)
          : pass(resource, 'recently-invited', `Invited ${age} days ago; no sign-in yet.`, observed);
      });
    });
  },
};
