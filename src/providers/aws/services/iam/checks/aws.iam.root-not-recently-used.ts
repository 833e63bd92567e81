import type { Check } from '../../../../../model/check.js';
import { daysBetween, fail, pass, readGlobal } from '../../../../check-kit.js';
import { reportGap, rootResource } from '../iam-kit.js';
import { IAM_CREDENTIAL_REPORT, ROOT_USER } from '../state.js';

export const iamRootNotRecentlyUsed: Check = {
  meta: {
    id: 'aws.iam.root-not-recently-used',
    title: 'The root user is not used for everyday work',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::::Account',
    severity: 'high',
    requires: [IAM_CREDENTIAL_REPORT],
    rationale:
      "Reads the credential report's <root_account> row. Fails when the root password or either root access key was last used fewer than " +
      'params.rootUnusedDays days (default 90) before the snapshot; passes when every recorded use is older, or root was never used. ' +
      'A missing root row is an error. Root should be reserved for the few tasks only it can do, so recent use suggests it is part of routine administration.',
    remediation: {
      text: 'Stop using the root user for daily tasks: give administrators IAM Identity Center or IAM roles, and keep root credentials locked away for break-glass use.',
      console: 'IAM → Credential report → Download, and review <root_account> password_last_used',
      cli: 'aws iam generate-credential-report && aws iam get-credential-report --query Content --output text | base64 -d',
    },
    cis: ['2.7'],
  },
  evaluate(ctx) {
    const root = rootResource(ctx);
    return readGlobal(ctx, IAM_CREDENTIAL_REPORT, root, (report) => {
      const row = report.rows.find((r) => r.user === ROOT_USER);
      if (!row) return [reportGap(root, 'the credential report has no <root_account> row')];
      const uses = [
        { via: 'password', at: row.passwordLastUsed },
        ...row.accessKeys.map((k) => ({ via: `access key ${k.slot}`, at: k.lastUsed })),
      ].filter((u): u is { via: string; at: string } => u.at !== null);
      const limit = ctx.params.rootUnusedDays;
      const recent = uses
        .map((u) => ({ ...u, daysAgo: daysBetween(u.at, ctx.now) }))
        .filter((u) => u.daysAgo < limit)
        .sort((a, b) => a.daysAgo - b.daysAgo);
      const latest = recent[0];
      if (latest) {
        return [
          fail(
            root,
            'root-used-recently',
            `The root user's ${latest.via} was used ${latest.daysAgo} days ago (limit: none within ${limit} days).`,
            {
              recentUses: recent,
              rootUnusedDays: limit,
            },
          ),
        ];
      }
      return [
        pass(root, 'root-not-used', `The root user has not been used in the last ${limit} days.`, {
          lastUses: uses,
          rootUnusedDays: limit,
        }),
      ];
    });
  },
};
