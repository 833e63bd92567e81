import type { Check } from '../../../../../model/check.js';
import { GLOBAL } from '../../../../../model/keys.js';
import { accountResource, awsResource, errorFinding, fail, pass, readFetched, readGlobal } from '../../../../check-kit.js';
import { adminSources, describeSource, effectivelyAdmin } from '../../../policy/index.js';
import { missingError, subjects } from '../effective.js';
import { IAM_AUTHORIZATION_DETAILS, IAM_AWS_MANAGED_POLICIES } from '../state.js';

export const iamPrincipalNotEffectivelyAdmin: Check = {
  meta: {
    id: 'aws.iam.principal-not-effectively-admin',
    title: 'Users and roles are not administrators through any path',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::IAM::User',
    severity: 'high',
    requires: [IAM_AUTHORIZATION_DETAILS, IAM_AWS_MANAGED_POLICIES],
    rationale:
      'One finding per IAM user and per role (service-linked roles, which AWS owns, are left out). Its effective permissions are every policy IAM applies to it: inline policies, attached customer-managed and AWS-managed policies (default versions), and for a user the inline and attached policies of each of its groups, capped by its permissions boundary. ' +
      "Fails when, taken together, they allow every action on every resource, judged by the policy evaluator with probe actions: an unknown service's action (which only a full wildcard covers) and the IAM actions that grant anything (iam:PutRolePolicy, iam:AttachUserPolicy, iam:CreatePolicyVersion, iam:PassRole, sts:AssumeRole), after Deny statements. " +
      'So "Action": "*", "*:*", "NotAction" with Allow on "*", and grants split across several policies or groups all count; a policy that excludes IAM (PowerUserAccess) does not, and a boundary that does not allow everything prevents it. Administrator rights only under conditions (MFA, source address) fail with their own message. ' +
      'This is separate from aws.iam.no-user-admin-attached, which looks only at AdministratorAccess attached directly. When a policy document could not be read and what was read does not already make it admin, the result is an error.',
    remediation: {
      text: 'Give people and workloads only the permissions they need; keep full administrator rights on a few roles assumed with MFA, and use permissions boundaries for delegated administration.',
      console: 'IAM → Users/Roles → <name> → Permissions',
      cli: 'aws iam list-attached-role-policies --role-name <role>; aws iam detach-role-policy --role-name <role> --policy-arn <arn>',
    },
  },
  evaluate(ctx) {
    const awsManaged = readFetched(ctx, IAM_AWS_MANAGED_POLICIES);
    return readGlobal(ctx, IAM_AUTHORIZATION_DETAILS, accountResource(ctx), (d) => {
      const account = accountResource(ctx);
      if (!awsManaged.ok) return [errorFinding(account, awsManaged.error, 'AWS-managed policy documents')];
      return subjects(d, awsManaged.value).map(({ kind, principal: p, effective }) => {
        const resource = awsResource(ctx, kind === 'user' ? 'AWS::IAM::User' : 'AWS::IAM::Role', GLOBAL, p.arn, p.name);
        const verdict = effectivelyAdmin(effective);
        const paths = adminSources(effective).map(describeSource);
        const observed = {
          paths,
          policies: effective.sources.map(describeSource),
          boundary: !!effective.boundary,
          unread: effective.missing,
        };
        const via = paths.length ? paths.join(', ') : 'the combination of its policies';
        if (verdict === 'yes')
          return fail(
            resource,
            'effectively-admin',
            `${kind === 'user' ? 'User' : 'Role'} ${p.name} can do everything, through ${via}.`,
            observed,
          );
        const unread = missingError(effective.missing, awsManaged.value);
        if (unread) return errorFinding(resource, unread, `the effective permissions of ${p.name}`);
        if (verdict === 'unknown')
          return fail(
            resource,
            'effectively-admin-conditionally',
            `${kind === 'user' ? 'User' : 'Role'} ${p.name} can do everything when its policies' conditions hold, through ${via}.`,
            observed,
          );
        return pass(resource, 'not-admin', `${kind === 'user' ? 'User' : 'Role'} ${p.name} cannot do everything.`, observed);
      });
    });
  },
};
