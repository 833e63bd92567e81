/** Shared by the IAM permission checks: each user's and role's effective policies, from the snapshot. */
import type { FetchError, Fetched } from '../../../../model/fetched.js';
import { missingData } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import type { PolicyDocument } from '../../iam-policy.js';
import { type EffectivePolicies, effectivePolicies, isAwsManaged, type PolicyLookup } from '../../policy/index.js';
import type { AuthorizationDetails, IamRole, IamUser } from './state.js';

export function lookupFor(d: AuthorizationDetails, awsManaged: PerResource<PolicyDocument>): PolicyLookup {
  const customer = new Map(d.policies.map((p) => [p.arn, p.document]));
  const groups = new Map(d.groups.map((g) => [g.name, g]));
  return {
    managed: (arn) => {
      if (!isAwsManaged(arn)) return customer.get(arn);
      const got: Fetched<PolicyDocument> | undefined = awsManaged[arn];
      return got?.ok ? got.value : undefined;
    },
    group: (name) => groups.get(name),
  };
}

/** AWS creates and owns service-linked roles; their permissions are not the account's to change. */
export function serviceLinked(r: IamRole): boolean {
  return r.path.startsWith('/aws-service-role/');
}

export interface Subject {
  kind: 'user' | 'role';
  principal: IamUser | IamRole;
  effective: EffectivePolicies;
}

export function subjects(d: AuthorizationDetails, awsManaged: PerResource<PolicyDocument>): Subject[] {
  const lookup = lookupFor(d, awsManaged);
  return [
    ...d.users.map((u) => ({ kind: 'user' as const, principal: u, effective: effectivePolicies(u, lookup) })),
    ...d.roles
      .filter((r) => !serviceLinked(r))
      .map((r) => ({ kind: 'role' as const, principal: r, effective: effectivePolicies(r, lookup) })),
  ];
}

/** The ARNs of every AWS-managed policy attached to a user, group or role, or used as a boundary. */
export function awsManagedInUse(d: AuthorizationDetails): string[] {
  const arns = new Set<string>();
  for (const p of [...d.users, ...d.groups, ...d.roles]) for (const a of p.attachedPolicyArns) if (isAwsManaged(a)) arns.add(a);
  for (const p of [...d.users, ...d.roles])
    if (p.permissionsBoundaryArn && isAwsManaged(p.permissionsBoundaryArn)) arns.add(p.permissionsBoundaryArn);
  return [...arns].sort();
}

/** Why a principal's effective permissions are incomplete: the first unread policy's error. */
export function missingError(missing: readonly string[], awsManaged: PerResource<PolicyDocument>): FetchError | undefined {
  const first = missing[0];
  if (first === undefined) return undefined;
  const got = awsManaged[first];
  if (got && !got.ok) return got.error;
  return missingData('iam:GetAccountAuthorizationDetails', `${first} is not in the snapshot`, 'iam:GetAccountAuthorizationDetails');
}
