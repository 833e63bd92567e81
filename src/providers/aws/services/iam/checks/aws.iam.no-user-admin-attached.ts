import type { Check } from '../../../../../model/check.js';
import { accountResource, fail, pass, readGlobal } from '../../../../check-kit.js';
import { userResource } from '../iam-kit.js';
import { awsManagedPolicyArn, IAM_AUTHORIZATION_DETAILS } from '../state.js';

export const iamNoUserAdminAttached: Check = {
  meta: {
    id: 'aws.iam.no-user-admin-attached',
    title: 'No IAM user has AdministratorAccess attached directly',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::IAM::User',
    severity: 'high',
    requires: [IAM_AUTHORIZATION_DETAILS],
    rationale:
      "One finding per IAM user. Fails when the AWS-managed AdministratorAccess policy (in the snapshot's partition) is attached to the user " +
      'itself; passes otherwise. Admin rights held through a group or an assumed role are not counted here. A user with admin attached ' +
      'directly has standing full control through long-lived credentials, outside the group and role structure where privileged access is reviewed.',
    remediation: {
      text: 'Detach AdministratorAccess from the user; grant administrators a role they assume (with MFA) or membership of a reviewed admin group.',
      console: 'IAM → Users → <user> → Permissions → AdministratorAccess → Remove',
      cli: 'aws iam detach-user-policy --user-name <user> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    },
  },
  evaluate(ctx) {
    const admin = awsManagedPolicyArn(ctx.snapshot.partition, 'AdministratorAccess');
    return readGlobal(ctx, IAM_AUTHORIZATION_DETAILS, accountResource(ctx), (d) =>
      d.users.map((u) => {
        const user = userResource(ctx, u.name, u.arn);
        return u.attachedPolicyArns.includes(admin)
          ? fail(user, 'admin-attached', `${u.name} has AdministratorAccess attached directly.`, { attachedPolicyArn: admin })
          : pass(user, 'no-admin-attached', `${u.name} does not have AdministratorAccess attached directly.`, {
              attachedPolicyArns: u.attachedPolicyArns,
            });
      }),
    );
  },
};
