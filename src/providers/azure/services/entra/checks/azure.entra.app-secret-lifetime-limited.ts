import type { Check } from '../../../../../model/check.js';
import { errorFinding, fail, paramsOf, pass } from '../../../../check-kit.js';
import { GRAPH_APIS } from '../collect.js';
import { appResource, credentialsOf, describe, lifetimeDays } from '../credentials.js';
import { ENTRA_PARAMS } from '../params.js';
import { ENTRA_APPLICATIONS, ENTRA_ORGANIZATION } from '../state.js';
import { missing, readTenant } from '../tenant.js';

export const entraAppSecretLifetimeLimited: Check = {
  meta: {
    id: 'azure.entra.app-secret-lifetime-limited',
    title: 'App registration client secrets are valid for at most a year',
    provider: 'azure',
    service: 'entra',
    resourceType: 'Microsoft.Entra/applications',
    severity: 'medium',
    requires: [ENTRA_ORGANIZATION, ENTRA_APPLICATIONS],
    rationale:
      'One finding per app registration holding secrets (applications $select passwordCredentials: only key ids and start and end dates are read, never a secret or key). ' +
      'Fails when any secret is valid for longer than appSecretMaxDays (365 days) from its startDateTime to its endDateTime: a long-lived credential that leaks stays usable for years. ' +
      'A secret without both dates is an error for its app. Apps without secrets give no finding.',
    remediation: {
      text: 'Replace long-lived secrets with ones valid for at most 365 days (or use managed identities or federated credentials), rotate them before expiry, and delete the old ones.',
    },
  },
  evaluate(ctx) {
    const max = paramsOf(ctx, 'azure.entra', ENTRA_PARAMS).appSecretMaxDays;
    return readTenant(ctx, ENTRA_APPLICATIONS, (apps, tenant) =>
      apps.flatMap((app) => {
        const creds = credentialsOf(app, ['secret']);
        if (creds.length === 0) return [];
        const resource = appResource(tenant, app);
        const undated = creds.find((c) => lifetimeDays(c) === undefined);
        if (undated) {
          const a = GRAPH_APIS.applications;
          return [errorFinding(resource, missing(a.api, a.actions.join(', '), `secret ${undated.keyId} has no start or end date`))];
        }
        const long = creds.filter((c) => lifetimeDays(c)! > max);
        const observed = { maxDays: max, credentials: creds.map((c) => ({ ...describe(c), lifetimeDays: lifetimeDays(c) })) };
        return [
          long.length
            ? fail(
                resource,
                'long-lived',
                `${long.length} secret${long.length === 1 ? ' is' : 's are'} valid for more than ${max} days (longest ${Math.max(...long.map((c) => lifetimeDays(c)!))}).`,
                observed,
              )
            : pass(resource, 'bounded', `Every secret is valid for at most ${max} days.`, observed),
        ];
      }),
    );
  },
};
