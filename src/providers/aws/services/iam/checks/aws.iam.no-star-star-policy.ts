import type { Check, CheckContext, Finding } from '../../../../../model/check.js';
import { GLOBAL } from '../../../../../model/keys.js';
import type { ResourceRef } from '../../../../../model/resource.js';
import { accountResource, awsResource, fail, pass, readGlobal } from '../../../../check-kit.js';
import type { PolicyDocument, PolicyStatement } from '../../../iam-policy.js';
import { IAM_AUTHORIZATION_DETAILS, type InlinePolicy } from '../state.js';

/**
 * Allow, every action, every resource. `NotAction`/`NotResource` statements are deliberately not
 * matched: they are broad but not the literal full-admin grant this check is about.
 */
function isStarStar(s: PolicyStatement): boolean {
  return s.effect === 'Allow' && (s.action ?? []).some((a) => a === '*' || a === '*:*') && (s.resource ?? []).includes('*');
}

/** `policy#sid` (or statement index) for each full-admin statement. */
function offending(policy: string, doc: PolicyDocument): string[] {
  return doc.statements.flatMap((s, i) => (isStarStar(s) ? [`${policy}#${s.sid || i}`] : []));
}

function judge(resource: ResourceRef, what: string, policies: { name: string; document: PolicyDocument }[]): Finding {
  const hits = policies.flatMap((p) => offending(p.name, p.document));
  const checked = policies.map((p) => p.name);
  return hits.length
    ? fail(resource, 'star-star-allowed', `${what}: ${hits.length} statement(s) allow "*" on "*" (${hits.join(', ')}).`, {
        statements: hits,
      })
    : pass(resource, 'no-star-star', `${what}: no statement allows "*" on "*".`, { policiesChecked: checked });
}

function principal(
  ctx: CheckContext,
  type: string,
  kind: string,
  p: { name: string; arn: string; inlinePolicies: InlinePolicy[] },
): Finding[] {
  if (!p.inlinePolicies.length) return [];
  return [judge(awsResource(ctx, type, GLOBAL, p.arn, p.name), `Inline policies of ${kind} ${p.name}`, p.inlinePolicies)];
}

export const iamNoStarStarPolicy: Check = {
  meta: {
    id: 'aws.iam.no-star-star-policy',
    title: 'No customer policy grants full "*:*" administrative privileges',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::IAM::ManagedPolicy',
    severity: 'high',
    requires: [IAM_AUTHORIZATION_DETAILS],
    rationale:
      'One finding per customer-managed policy (its default version, attached or not) and one per user, group or role that has inline policies. ' +
      'Fails when any statement has Effect Allow, Action "*" or "*:*" (as a string or in a list) and Resource "*", whatever its conditions; ' +
      'NotAction and NotResource statements do not count. AWS-managed policies such as AdministratorAccess are out of scope (see ' +
      'aws.iam.no-user-admin-attached). Home-made full-admin policies hide administrator rights under innocuous names and bypass review of who holds them.',
    remediation: {
      text: 'Replace the statement with the specific actions and resources needed; if full admin is truly required, use the AWS-managed AdministratorAccess policy on a role so it is visible and reviewable.',
      console: 'IAM → Policies → <policy> → Edit, or IAM → Users/Groups/Roles → <name> → Permissions → inline policy',
      cli: 'aws iam create-policy-version --policy-arn <arn> --policy-document file://least-privilege.json --set-as-default',
    },
    cis: ['2.14'],
  },
  evaluate(ctx) {
    return readGlobal(ctx, IAM_AUTHORIZATION_DETAILS, accountResource(ctx), (d) => [
      ...d.policies.map((p) => judge(awsResource(ctx, 'AWS::IAM::ManagedPolicy', GLOBAL, p.arn, p.name), `Policy ${p.name}`, [p])),
      ...d.users.flatMap((u) => principal(ctx, 'AWS::IAM::User', 'user', u)),
      ...d.groups.flatMap((g) => principal(ctx, 'AWS::IAM::Group', 'group', g)),
      ...d.roles.flatMap((r) => principal(ctx, 'AWS::IAM::Role', 'role', r)),
    ]);
  },
};
