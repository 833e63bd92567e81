import { daysBetween, fail, paramsOf, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { SECRETS_PARAMS } from '../params.js';
import { SECRETS } from '../state.js';

export const secretsManagerSecretRecentlyUsed = eachResource(
  {
    id: 'aws.secretsmanager.secret-recently-used',
    title: 'Secrets Manager secrets are in use',
    service: 'secretsmanager',
    resourceType: 'AWS::SecretsManager::Secret',
    severity: 'low',
    requires: [SECRETS],
    rationale:
      'Passes when LastAccessedDate (kept to the day) is at most aws.secretsmanager.maxDaysUnused days (default 90) before the ' +
      'scan, or the secret is younger than that. Fails when nobody has read the secret for longer, or never read one older than ' +
      'that: an unused credential is still a credential someone could steal, and should be retired.',
    remediation: {
      text: 'Confirm the secret is no longer needed, revoke the credential it holds, then schedule the secret for deletion.',
      cli: 'aws secretsmanager delete-secret --secret-id <arn> --recovery-window-in-days 30',
    },
  },
  SECRETS,
  (s, r, ctx) => {
    const max = paramsOf(ctx, 'aws.secretsmanager', SECRETS_PARAMS).maxDaysUnused;
    const observed = { lastAccessed: s.lastAccessed ?? null, created: s.created ?? null, maximum: max };
    if (s.lastAccessed) {
      const idle = daysBetween(s.lastAccessed, ctx.now);
      return idle <= max
        ? pass(r, 'in-use', `Secret ${s.name} was read ${idle} days ago.`, { ...observed, days: idle })
        : fail(r, 'unused', `Secret ${s.name} has not been read for ${idle} days.`, { ...observed, days: idle });
    }
    const age = s.created ? daysBetween(s.created, ctx.now) : undefined;
    if (age !== undefined && age <= max)
      return pass(r, 'new', `Secret ${s.name} is ${age} days old and not yet read.`, { ...observed, days: age });
    return fail(r, 'never-used', `Secret ${s.name} has never been read${age !== undefined ? ` in ${age} days` : ''}.`, observed);
  },
);
