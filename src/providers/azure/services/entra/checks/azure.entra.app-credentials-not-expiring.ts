import type { Check } from '../../../../../model/check.js';
import { errorFinding, fail, paramsOf, pass } from '../../../../check-kit.js';
import { GRAPH_APIS } from '../collect.js';
import { appResource, credentialsOf, describe } from '../credentials.js';
import { ENTRA_PARAMS } from '../params.js';
import { ENTRA_APPLICATIONS, ENTRA_ORGANIZATION } from '../state.js';
import { missing, readTenant } from '../tenant.js';

export const entraAppCredentialsNotExpiring: Check = {
  meta: {
    id: 'azure.entra.app-credentials-not-expiring',
    title: 'App registration secrets and certificates are not expired or about to expire',
    provider: 'azure',
    service: 'entra',
    resourceType: 'Microsoft.Entra/applications',
    severity: 'low',
    requires: [ENTRA_ORGANIZATION, ENTRA_APPLICATIONS],
    rationale:
      'One finding per app registration holding secrets or certificates (only key ids and dates are read). Fails when any of them has expired or expires within credentialExpiryWarningDays (30) of the scan: ' +
      'an expired credential left in place is unmanaged, and one about to expire breaks the app or prompts a rushed, unreviewed rotation. A credential without an end date is an error for its app.',
    remediation: {
      text: 'Rotate credentials before they expire (add the new one, switch, then delete the old), and remove expired ones.',
    },
  },
  evaluate(ctx) {
    const warn = paramsOf(ctx, 'azure.entra', ENTRA_PARAMS).credentialExpiryWarningDays;
    return readTenant(ctx, ENTRA_APPLICATIONS, (apps, tenant) =>
      apps.flatMap((app) => {
        const creds = credentialsOf(app, ['secret', 'certificate']);
        if (creds.length === 0) return [];
        const resource = appResource(tenant, app);
        const undated = creds.find((c) => !Number.isFinite(Date.parse(c.endDateTime ?? '')));
        if (undated) {
          const a = GRAPH_APIS.applications;
          return [errorFinding(resource, missing(a.api, a.actions.join(', '), `${undated.kind} ${undated.keyId} has no end date`))];
        }
        const left = (end: string): number => Math.floor((Date.parse(end) - ctx.now.getTime()) / 86_400_000);
        const expired = creds.filter((c) => left(c.endDateTime!) < 0);
        const soon = creds.filter((c) => left(c.endDateTime!) >= 0 && left(c.endDateTime!) <= warn);
        const observed = { warningDays: warn, credentials: creds.map((c) => ({ ...describe(c), daysLeft: left(c.endDateTime!) })) };
        if (expired.length)
          return [
            fail(
              resource,
              'expired',
              `${expired.length} credential${expired.length === 1 ? ' has' : 's have'} expired and ${expired.length === 1 ? 'is' : 'are'} still registered.`,
              observed,
            ),
          ];
        if (soon.length)
          return [
            fail(
              resource,
              'expiring',
              `${soon.length} credential${soon.length === 1 ? '' : 's'} expire${soon.length === 1 ? 's' : ''} within ${warn} days.`,
              observed,
            ),
          ];
        return [pass(resource, 'valid', `Every credential is valid for more than ${warn} days.`, observed)];
      }),
    );
  },
};
