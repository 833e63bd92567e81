/**
 * The policies that govern an IAM user or role, as IAM combines them: its inline policies,
 * the managed policies (customer-managed and AWS-managed) attached to it, and for a user the
 * inline and attached policies of every group it belongs to; plus its permissions boundary,
 * which caps them. Pure: the caller supplies the managed policies' default-version documents.
 */
import type { PolicyDocument } from '../iam-policy.js';
import { isAdminEquivalent } from './admin.js';
import { type EscalationFinding, escalationPaths } from './escalation.js';
import { type Tri, triAnd } from './tri.js';

export interface PrincipalPolicies {
  readonly name: string;
  readonly arn: string;
  readonly attachedPolicyArns: readonly string[];
  readonly inlinePolicies: readonly { readonly name: string; readonly document: PolicyDocument }[];
  readonly permissionsBoundaryArn?: string;
}

export interface UserPolicies extends PrincipalPolicies {
  readonly groups: readonly string[];
}

export type PolicyOrigin = 'inline' | 'customer-managed' | 'aws-managed';

export interface PolicySource {
  readonly origin: PolicyOrigin;
  /** Inline policy name, or the managed policy's ARN. */
  readonly name: string;
  /** The group it comes through, for a user's group policies. */
  readonly via?: string;
  readonly document: PolicyDocument;
}

export interface EffectivePolicies {
  readonly sources: readonly PolicySource[];
  readonly boundary?: PolicyDocument;
  /** Managed policies (or groups) whose documents were not available: the answer is incomplete. */
  readonly missing: readonly string[];
}

export interface PolicyLookup {
  /** A managed policy's default-version document, or undefined when it could not be read. */
  managed(arn: string): PolicyDocument | undefined;
  group(name: string): PrincipalPolicies | undefined;
}

export function isAwsManaged(arn: string): boolean {
  return /^arn:[^:]+:iam::aws:policy\//.test(arn);
}

function own(p: PrincipalPolicies, lookup: PolicyLookup, missing: string[], via?: string): PolicySource[] {
  const extra = via ? { via } : {};
  const inline = p.inlinePolicies.map((i) => ({ origin: 'inline' as const, name: i.name, document: i.document, ...extra }));
  const managed = p.attachedPolicyArns.flatMap((arn) => {
    const document = lookup.managed(arn);
    if (!document) {
      missing.push(arn);
      return [];
    }
    return [{ origin: isAwsManaged(arn) ? ('aws-managed' as const) : ('customer-managed' as const), name: arn, document, ...extra }];
  });
  return [...inline, ...managed];
}

export function effectivePolicies(p: PrincipalPolicies | UserPolicies, lookup: PolicyLookup): EffectivePolicies {
  const missing: string[] = [];
  const sources = own(p, lookup, missing);
  for (const g of 'groups' in p ? p.groups : []) {
    const group = lookup.group(g);
    if (!group) missing.push(`group ${g}`);
    else sources.push(...own(group, lookup, missing, g));
  }
  let boundary: PolicyDocument | undefined;
  if (p.permissionsBoundaryArn) {
    boundary = lookup.managed(p.permissionsBoundaryArn);
    if (!boundary) missing.push(p.permissionsBoundaryArn);
  }
  return { sources, ...(boundary ? { boundary } : {}), missing: [...new Set(missing)] };
}

/** Whether the principal can do everything (`*:*`), through any path; the boundary must allow it too. */
export function effectivelyAdmin(e: EffectivePolicies): Tri {
  const docs = e.sources.map((s) => s.document);
  const identity = isAdminEquivalent(docs);
  return e.boundary ? triAnd([identity, isAdminEquivalent([e.boundary])]) : identity;
}

/** The sources that are admin-equivalent on their own (to name the path in a finding). */
export function adminSources(e: EffectivePolicies): PolicySource[] {
  return e.sources.filter((s) => isAdminEquivalent([s.document]) !== 'no');
}

export function principalEscalations(e: EffectivePolicies): EscalationFinding[] {
  return escalationPaths(
    e.sources.map((s) => s.document),
    e.boundary,
  );
}

/** How a source is named in a message: `inline policy x`, `AWS-managed AdministratorAccess via group admins`. */
export function describeSource(s: PolicySource): string {
  const what =
    s.origin === 'inline'
      ? `inline policy ${s.name}`
      : `${s.origin === 'aws-managed' ? 'AWS-managed' : 'customer-managed'} policy ${s.name.split('/').pop()}`;
  return s.via ? `${what} via group ${s.via}` : what;
}
