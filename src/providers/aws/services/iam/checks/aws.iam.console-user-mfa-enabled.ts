import type { Check } from '../../../../../model/check.js';
import { accountResource, fail, notApplicable, pass, readGlobal } from '../../../../check-kit.js';
import { reportGap, reportUsers, userResource } from '../iam-kit.js';
import { IAM_CREDENTIAL_REPORT } from '../state.js';

export const iamConsoleUserMfaEnabled: Check = {
  meta: {
    id: 'aws.iam.console-user-mfa-enabled',
    title: 'IAM users with a console password have MFA',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::IAM::User',
    severity: 'high',
    requires: [IAM_CREDENTIAL_REPORT],
    rationale:
      'One finding per IAM user in the credential report (root excluded; see aws.iam.root-mfa-enabled). A user with password_enabled passes when ' +
      'mfa_active is true and fails otherwise; a user without a console password is not applicable. Without MFA, a guessed or phished password ' +
      'is enough to sign in to the console.',
    remediation: {
      text: 'Assign an MFA device to the user, or remove the console password if the user does not need the console.',
      console: 'IAM → Users → <user> → Security credentials → Multi-factor authentication (MFA) → Assign MFA device',
    },
    cis: ['2.10'],
  },
  evaluate(ctx) {
    return readGlobal(ctx, IAM_CREDENTIAL_REPORT, accountResource(ctx), (report) =>
      reportUsers(report).map((u) => {
        const user = userResource(ctx, u.user, u.arn);
        if (u.passwordEnabled === null) return reportGap(user, `the credential report does not say whether ${u.user} has a password`);
        if (!u.passwordEnabled)
          return notApplicable(user, 'no-console-password', `${u.user} has no console password.`, { passwordEnabled: false });
        return u.mfaActive
          ? pass(user, 'console-mfa-on', `${u.user} signs in to the console with MFA.`, { passwordEnabled: true, mfaActive: true })
          : fail(user, 'console-mfa-off', `${u.user} has a console password but no MFA device.`, {
              passwordEnabled: true,
              mfaActive: false,
            });
      }),
    );
  },
};
