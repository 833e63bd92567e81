import type { Check } from '../../../../../model/check.js';
import { accountResource, fail, pass, readGlobal } from '../../../../check-kit.js';
import { awsManagedPolicyArn, IAM_AUTHORIZATION_DETAILS } from '../state.js';

export const iamSupportRoleExists: Check = {
  meta: {
    id: 'aws.iam.support-role-exists',
    title: 'A role exists for managing AWS Support cases',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::::Account',
    severity: 'low',
    requires: [IAM_AUTHORIZATION_DETAILS],
    rationale:
      'One account-level finding. Passes when at least one IAM role has the AWS-managed AWSSupportAccess policy attached; fails when none does ' +
      '(attachment to users or groups does not count). Without a dedicated role, raising a support case during an incident needs an ' +
      'over-privileged identity or root.',
    remediation: {
      text: 'Create a role that your incident responders can assume and attach AWSSupportAccess to it.',
      console: 'IAM → Roles → Create role → trusted entity: this account → permissions: AWSSupportAccess',
      cli: 'aws iam create-role --role-name AWSSupportRole --assume-role-policy-document file://trust.json && aws iam attach-role-policy --role-name AWSSupportRole --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
    },
    cis: ['2.15'],
  },
  evaluate(ctx) {
    const account = accountResource(ctx);
    const support = awsManagedPolicyArn(ctx.snapshot.partition, 'AWSSupportAccess');
    return readGlobal(ctx, IAM_AUTHORIZATION_DETAILS, account, (d) => {
      const roles = d.roles.filter((r) => r.attachedPolicyArns.includes(support)).map((r) => r.name);
      return [
        roles.length
          ? pass(account, 'support-role-present', `Role(s) with AWSSupportAccess: ${roles.join(', ')}.`, { supportRoles: roles })
          : fail(account, 'no-support-role', 'No IAM role has AWSSupportAccess attached.', { supportRoles: [] }),
      ];
    });
  },
};
