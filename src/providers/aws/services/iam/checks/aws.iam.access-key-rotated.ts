import type { Check } from '../../../../../model/check.js';
import { accountResource, daysBetween, fail, notApplicable, pass, readGlobal } from '../../../../check-kit.js';
import { reportGap, reportUsers, userResource } from '../iam-kit.js';
import { IAM_CREDENTIAL_REPORT } from '../state.js';

export const iamAccessKeyRotated: Check = {
  meta: {
    id: 'aws.iam.access-key-rotated',
    title: 'Active IAM access keys are rotated',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::IAM::User',
    severity: 'medium',
    requires: [IAM_CREDENTIAL_REPORT],
    rationale:
      'One finding per IAM user in the credential report (root keys are judged by aws.iam.root-no-access-keys). Fails when any active access key ' +
      'was created or last rotated more than params.accessKeyMaxAgeDays days (default 90) before the snapshot; passes when every active key is younger; ' +
      'not applicable when the user has no active key. An active key with no rotation date is an error. Long-lived keys accumulate exposure ' +
      'in scripts, laptops and logs; rotation bounds how long a leaked key stays useful.',
    remediation: {
      text: 'Create a new access key, move its consumers to it, deactivate and then delete the old key. Prefer IAM roles, which issue short-lived credentials.',
      console: 'IAM → Users → <user> → Security credentials → Access keys',
      cli: 'aws iam create-access-key --user-name <user>; aws iam update-access-key --user-name <user> --access-key-id <old> --status Inactive',
    },
    cis: ['2.12'],
  },
  evaluate(ctx) {
    const limit = ctx.params.accessKeyMaxAgeDays;
    return readGlobal(ctx, IAM_CREDENTIAL_REPORT, accountResource(ctx), (report) =>
      reportUsers(report).map((u) => {
        const user = userResource(ctx, u.user, u.arn);
        const active = u.accessKeys.filter((k) => k.active);
        if (!active.length) return notApplicable(user, 'no-active-keys', `${u.user} has no active access key.`, { activeKeys: 0 });
        const undated = active.find((k) => k.lastRotated === null);
        if (undated)
          return reportGap(
            user,
            `active access key ${undated.slot} of ${u.user} has no creation or rotation date in the credential report`,
          );
        const keys = active.map((k) => ({ slot: k.slot, lastRotated: k.lastRotated, ageDays: daysBetween(k.lastRotated!, ctx.now) }));
        const old = keys.filter((k) => k.ageDays > limit);
        return old.length
          ? fail(
              user,
              'key-not-rotated',
              `${u.user} has ${old.length} active access key(s) older than ${limit} days (oldest ${Math.max(...old.map((k) => k.ageDays))} days).`,
              {
                keys,
                accessKeyMaxAgeDays: limit,
              },
            )
          : pass(user, 'keys-rotated', `${u.user}'s active access keys are at most ${limit} days old.`, {
              keys,
              accessKeyMaxAgeDays: limit,
            });
      }),
    );
  },
};
