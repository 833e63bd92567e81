import type { Check, CheckContext, Finding } from '../../../../../model/check.js';
import { missingData } from '../../../../../model/fetched.js';
import { GLOBAL } from '../../../../../model/keys.js';
import type { ResourceRef } from '../../../../../model/resource.js';
import { accountResource, awsResource, errorFinding, fail, pass, readFetched, readGlobal } from '../../../../check-kit.js';
import type { PolicyDocument } from '../../../iam-policy.js';
import { adminStatements, isAdminEquivalent } from '../../../policy/index.js';
import { awsManagedInUse } from '../effective.js';
import { IAM_AUTHORIZATION_DETAILS, IAM_AWS_MANAGED_POLICIES, type InlinePolicy } from '../state.js';

function judge(resource: ResourceRef, what: string, doc: PolicyDocument): Finding {
  const verdict = isAdminEquivalent([doc]);
  const statements = adminStatements(doc);
  if (verdict === 'no')
    return pass(resource, 'not-admin-equivalent', `${what} does not allow every action on every resource.`, { statements: [] });
  const how = verdict === 'yes' ? 'allows every action on every resource' : 'allows every action on every resource under conditions';
  return fail(
    resource,
    verdict === 'yes' ? 'admin-equivalent' : 'admin-equivalent-conditionally',
    `${what} ${how} (${statements.join(', ') || 'across its statements'}).`,
    { statements },
  );
}

function inline(
  ctx: CheckContext,
  type: string,
  kind: string,
  p: { name: string; arn: string; inlinePolicies: InlinePolicy[] },
): Finding[] {
  return p.inlinePolicies.map((i) =>
    judge(awsResource(ctx, type, GLOBAL, p.arn, `${p.name}/${i.name}`), `Inline policy ${i.name} of ${kind} ${p.name}`, i.document),
  );
}

export const iamPolicyNotAdminEquivalent: Check = {
  meta: {
    id: 'aws.iam.policy-not-admin-equivalent',
    title: 'No policy in use is effectively "*:*"',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::IAM::ManagedPolicy',
    severity: 'high',
    requires: [IAM_AUTHORIZATION_DETAILS, IAM_AWS_MANAGED_POLICIES],
    rationale:
      'One finding per policy in use: each customer-managed policy attached to something (default version), each AWS-managed policy attached to a user, group or role or used as a boundary (default version), and each inline policy. ' +
      'Fails when the policy, on its own and after its own Deny statements, allows every action on every resource, judged by the policy evaluator with probe actions (an unknown service\'s action and the IAM actions that grant anything): "Action": "*" or "*:*", and "NotAction" with Allow on "*" that leaves IAM in, all count, unlike aws.iam.no-star-star-policy which matches the literal "*" only. ' +
      'A grant that holds only under conditions fails with its own message. An AWS-managed policy whose document could not be read is an error on that policy.',
    remediation: {
      text: 'Replace the policy with one listing the actions and resources needed; keep AdministratorAccess for a few break-glass or MFA-protected roles.',
      console: 'IAM → Policies → <policy> → Policy usage / Edit',
      cli: 'aws iam create-policy-version --policy-arn <arn> --policy-document file://least-privilege.json --set-as-default',
    },
    cis: ['1.16'],
  },
  evaluate(ctx) {
    const awsManaged = readFetched(ctx, IAM_AWS_MANAGED_POLICIES);
    return readGlobal(ctx, IAM_AUTHORIZATION_DETAILS, accountResource(ctx), (d) => {
      const managed = d.policies
        .filter((p) => p.attachmentCount > 0)
        .map((p) => judge(awsResource(ctx, 'AWS::IAM::ManagedPolicy', GLOBAL, p.arn, p.name), `Policy ${p.name}`, p.document));
      const aws = awsManagedInUse(d).map((arn) => {
        const resource = awsResource(ctx, 'AWS::IAM::ManagedPolicy', GLOBAL, arn, arn.split('/').pop()!);
        if (!awsManaged.ok) return errorFinding(resource, awsManaged.error);
        const got = awsManaged.value[arn];
        if (!got)
          return errorFinding(resource, missingData('iam:GetPolicyVersion', `${arn} is not in the snapshot`, 'iam:GetPolicyVersion'));
        return got.ok ? judge(resource, `AWS-managed policy ${arn.split('/').pop()}`, got.value) : errorFinding(resource, got.error);
      });
      return [
        ...managed,
        ...aws,
        ...d.users.flatMap((u) => inline(ctx, 'AWS::IAM::User', 'user', u)),
        ...d.groups.flatMap((g) => inline(ctx, 'AWS::IAM::Group', 'group', g)),
        ...d.roles.flatMap((r) => inline(ctx, 'AWS::IAM::Role', 'role', r)),
      ];
    });
  },
};
