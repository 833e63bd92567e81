/**
 * "Effectively `*:*`": a policy that allows every action on every resource, however it is
 * written (`"Action": "*"`, `"*:*"`, `"NotAction": ["s3:*"]` with `"Resource": "*"`, …).
 * Judged by probing: an action of a service no pattern can name except a full wildcard, and
 * the IAM actions that let a principal grant itself anything, on resources of two services.
 * A policy that excludes IAM (like PowerUserAccess's `NotAction: iam:*`) is not administrator;
 * that is a privilege-escalation question instead (see escalation.ts).
 */
import type { PolicyDocument } from '../iam-policy.js';
import { requestContext } from './context.js';
import { evaluatePolicies } from './evaluate.js';
import { type Tri, triAnd } from './tri.js';

export const ADMIN_PROBE_ACTIONS: readonly string[] = [
  'annexaprobe:ProbeAnyAction',
  'iam:PutRolePolicy',
  'iam:AttachUserPolicy',
  'iam:CreatePolicyVersion',
  'iam:PassRole',
  'sts:AssumeRole',
];

const PROBE_RESOURCES: readonly string[] = [
  'arn:aws:iam::000000000000:role/annexa-probe',
  'arn:aws:annexaprobe:us-east-1:000000000000:thing/annexa-probe',
];

/**
 * `yes` when the policies allow every probe unconditionally; `unknown` when they do only under
 * conditions (MFA, source address, tags…); `no` otherwise. Deny statements in the same
 * policies count.
 */
export function isAdminEquivalent(docs: readonly PolicyDocument[]): Tri {
  // An empty context: every condition key is unknown, so a conditional grant reads `unknown`.
  const context = requestContext();
  const results: Tri[] = [];
  for (const action of ADMIN_PROBE_ACTIONS) {
    for (const resource of PROBE_RESOURCES) {
      const v = evaluatePolicies(docs, { action, resource, context });
      results.push(v.deny === 'yes' ? 'no' : v.deny === 'no' ? v.allow : v.allow === 'no' ? 'no' : 'unknown');
    }
  }
  return triAnd(results);
}

/** The labels (Sid, else `Statement[i]`) of statements that on their own are admin-equivalent. */
export function adminStatements(doc: PolicyDocument): string[] {
  return doc.statements.flatMap((s, i) =>
    s.effect === 'Allow' && isAdminEquivalent([{ statements: [s] }]) !== 'no' ? [s.sid || `Statement[${i}]`] : [],
  );
}
