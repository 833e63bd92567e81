import { daysBetween, fail, notApplicable, paramsOf, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { SECRETS_PARAMS } from '../params.js';
import { SECRETS } from '../state.js';

export const secretsManagerSecretRotatedRecently = eachResource(
  {
    id: 'aws.secretsmanager.secret-rotated-recently',
    title: 'Secrets Manager secrets were rotated recently',
    service: 'secretsmanager',
    resourceType: 'AWS::SecretsManager::Secret',
    severity: 'medium',
    requires: [SECRETS],
    rationale:
      'Passes when LastRotatedDate (or, for a secret never rotated, its creation date) is at most ' +
      'aws.secretsmanager.maxDaysSinceRotation days (default 90) before the scan. Fails when the secret is older, whether rotation ' +
      'is off or is configured but failing. Not applicable when ListSecrets gives neither date.',
    remediation: {
      text: "Rotate the secret now and check the rotation function's logs if scheduled rotation is failing.",
      cli: 'aws secretsmanager rotate-secret --secret-id <arn>',
    },
  },
  SECRETS,
  (s, r, ctx) => {
    const max = paramsOf(ctx, 'aws.secretsmanager', SECRETS_PARAMS).maxDaysSinceRotation;
    const since = s.lastRotated ?? s.created;
    if (!since) return notApplicable(r, 'no-dates', `Secret ${s.name} has no rotation or creation date.`);
    const age = daysBetween(since, ctx.now);
    const observed = { lastRotated: s.lastRotated ?? null, created: s.created ?? null, days: age, maximum: max };
    if (age <= max)
      return pass(r, 'rotated-recently', `Secret ${s.name} was ${s.lastRotated ? 'rotated' : 'created'} ${age} days ago.`, observed);
    return fail(r, 'rotation-stale', `Secret ${s.name} has not changed for ${age} days (more than ${max}).`, observed);
  },
);
