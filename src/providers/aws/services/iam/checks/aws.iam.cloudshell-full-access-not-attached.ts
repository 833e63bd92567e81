import type { Check } from '../../../../../model/check.js';
import { accountResource, fail, pass, readGlobal } from '../../../../check-kit.js';
import { IAM_AUTHORIZATION_DETAILS } from '../state.js';

export const iamCloudShellFullAccessNotAttached: Check = {
  meta: {
    id: 'aws.iam.cloudshell-full-access-not-attached',
    title: 'AWSCloudShellFullAccess is attached to no user, group or role',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::IAM::ManagedPolicy',
    severity: 'medium',
    requires: [IAM_AUTHORIZATION_DETAILS],
    rationale:
      'One account-level result from GetAccountAuthorizationDetails. Fails when the AWS managed policy AWSCloudShellFullAccess is attached ' +
      'directly to any user, group or role, naming them; passes otherwise. That policy includes uploading and downloading files and internet ' +
      'access from a shell with sudo, a ready channel for moving data out. Other policies (AdministratorAccess, custom ones with cloudshell:*) ' +
      'can grant the same, which is why CIS keeps this item manual; this check covers the named policy only.',
    remediation: {
      text: 'Detach AWSCloudShellFullAccess and grant CloudShell through a policy that denies cloudshell:PutFileUpload and cloudshell:GetFileDownloadUrls.',
      console: 'IAM → Policies → AWSCloudShellFullAccess → Entities attached → Detach',
      cli: 'aws iam list-entities-for-policy --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess',
    },
    cis: ['2.20'],
  },
  evaluate(ctx) {
    const arn = `arn:${ctx.snapshot.partition}:iam::aws:policy/AWSCloudShellFullAccess`;
    const resource = { ...accountResource(ctx, 'AWS::IAM::ManagedPolicy'), id: arn, arn, name: 'AWSCloudShellFullAccess' };
    return readGlobal(ctx, IAM_AUTHORIZATION_DETAILS, resource, (d) => {
      const holders = [
        ...d.users.filter((u) => u.attachedPolicyArns.includes(arn)).map((u) => `user ${u.name}`),
        ...d.groups.filter((g) => g.attachedPolicyArns.includes(arn)).map((g) => `group ${g.name}`),
        ...d.roles.filter((r) => r.attachedPolicyArns.includes(arn)).map((r) => `role ${r.name}`),
      ];
      if (holders.length) {
        return [
          fail(resource, 'cloudshell-full-access-attached', `AWSCloudShellFullAccess is attached to ${holders.join(', ')}.`, {
            attachedTo: holders,
          }),
        ];
      }
      return [
        pass(resource, 'cloudshell-full-access-unused', 'AWSCloudShellFullAccess is attached to no user, group or role.', {
          attachedTo: [],
        }),
      ];
    });
  },
};
