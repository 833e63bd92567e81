import type { Check } from '../../../../../model/check.js';
import { accountResource, fail, pass, readGlobal } from '../../../../check-kit.js';
import { userResource } from '../iam-kit.js';
import { IAM_AUTHORIZATION_DETAILS } from '../state.js';

export const iamUserNoDirectPolicies: Check = {
  meta: {
    id: 'aws.iam.user-no-direct-policies',
    title: 'IAM users receive permissions only through groups or roles',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::IAM::User',
    severity: 'low',
    requires: [IAM_AUTHORIZATION_DETAILS],
    rationale:
      'One finding per IAM user. Passes when the user has no managed policy attached and no inline policy; fails otherwise, naming them. ' +
      'Permissions granted user by user drift and are hard to review; granting them through groups or roles keeps access rights consistent per job function.',
    remediation: {
      text: "Put the user in a group that carries the needed policies (or have them assume a role), then detach or delete the user's own policies.",
      console: 'IAM → Users → <user> → Permissions',
      cli: 'aws iam detach-user-policy --user-name <user> --policy-arn <arn>; aws iam delete-user-policy --user-name <user> --policy-name <name>',
    },
    cis: ['2.13'],
  },
  evaluate(ctx) {
    return readGlobal(ctx, IAM_AUTHORIZATION_DETAILS, accountResource(ctx), (d) =>
      d.users.map((u) => {
        const user = userResource(ctx, u.name, u.arn);
        const observed = { attachedPolicyArns: u.attachedPolicyArns, inlinePolicies: u.inlinePolicies.map((p) => p.name) };
        const count = observed.attachedPolicyArns.length + observed.inlinePolicies.length;
        return count
          ? fail(user, 'direct-policies', `${u.name} has ${count} polic${count === 1 ? 'y' : 'ies'} of its own.`, observed)
          : pass(user, 'no-direct-policies', `${u.name} gets permissions only through groups or roles.`, observed);
      }),
    );
  },
};
