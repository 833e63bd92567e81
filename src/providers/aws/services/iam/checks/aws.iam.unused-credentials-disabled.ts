import type { Check, Finding } from '../../../../../model/check.js';
import { accountResource, daysBetween, fail, notApplicable, pass, readGlobal } from '../../../../check-kit.js';
import { reportGap, reportUsers, userResource } from '../iam-kit.js';
import { type CredentialReportRow, IAM_CREDENTIAL_REPORT } from '../state.js';

/** Field names avoid "credential"/"password": evidence redaction blanks values under such names. */
interface Credential {
  kind: string;
  /** Last use, or null when never used. */
  lastUsed: string | null;
  /** When it was issued; the age that counts for a credential never used. */
  issued: string | null;
}

/** The user's enabled credentials: a console password and active access keys. */
function enabledCredentials(u: CredentialReportRow): Credential[] {
  const out: Credential[] = [];
  if (u.passwordEnabled) {
    out.push({ kind: 'password', lastUsed: u.passwordLastUsed, issued: u.passwordLastChanged ?? u.userCreationTime });
  }
  for (const k of u.accessKeys.filter((key) => key.active)) {
    out.push({ kind: `access key ${k.slot}`, lastUsed: k.lastUsed, issued: k.lastRotated });
  }
  return out;
}

export const iamUnusedCredentialsDisabled: Check = {
  meta: {
    id: 'aws.iam.unused-credentials-disabled',
    title: 'IAM credentials unused for a long time are disabled',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::IAM::User',
    severity: 'medium',
    requires: [IAM_CREDENTIAL_REPORT],
    rationale:
      'One finding per IAM user in the credential report (root excluded). Each enabled credential (console password, active access key) is idle ' +
      'for the days since its last use or, if never used, since it was issued (password last changed or user creation; key creation). ' +
      'Fails when any credential has been idle for params.credentialUnusedDays days (default 45) or more; passes otherwise; not applicable ' +
      'when the user has no enabled credential. A credential with neither use nor issue date is an error. ' +
      'Credentials nobody uses are unmonitored ways in; disabling them removes the risk at no cost.',
    remediation: {
      text: 'Remove the console password or deactivate the access key that is not used; delete the user if it is no longer needed.',
      console: 'IAM → Users → <user> → Security credentials',
      cli: 'aws iam delete-login-profile --user-name <user>; aws iam update-access-key --user-name <user> --access-key-id <id> --status Inactive',
    },
    cis: ['2.11'],
  },
  evaluate(ctx) {
    const limit = ctx.params.credentialUnusedDays;
    return readGlobal(ctx, IAM_CREDENTIAL_REPORT, accountResource(ctx), (report) =>
      reportUsers(report).map((u): Finding => {
        const user = userResource(ctx, u.user, u.arn);
        if (u.passwordEnabled === null) return reportGap(user, `the credential report does not say whether ${u.user} has a password`);
        const creds = enabledCredentials(u);
        if (!creds.length)
          return notApplicable(user, 'no-enabled-credentials', `${u.user} has no console password and no active access key.`);
        const undated = creds.find((c) => (c.lastUsed ?? c.issued) === null);
        if (undated)
          return reportGap(user, `the ${undated.kind} of ${u.user} has neither a last-use nor an issue date in the credential report`);
        const idle = creds.map((c) => ({ ...c, idleDays: daysBetween((c.lastUsed ?? c.issued)!, ctx.now) }));
        const stale = idle.filter((c) => c.idleDays >= limit);
        return stale.length
          ? fail(
              user,
              'credential-unused',
              `${u.user} has credentials unused for ${limit}+ days: ${stale.map((c) => c.kind).join(', ')}.`,
              {
                stale,
                credentialUnusedDays: limit,
              },
            )
          : pass(user, 'credentials-in-use', `Every enabled credential of ${u.user} was used within ${limit} days.`, {
              inUse: idle,
              credentialUnusedDays: limit,
            });
      }),
    );
  },
};
