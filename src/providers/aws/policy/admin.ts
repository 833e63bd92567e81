/**
 * "Effectively `*:*`": a policy that allows every action on every resource, however it is
 * written (`"Action": "*"`, `"*:*"`, `"NotAction": ["s3:*"]` with `"Resource": "*"`, …).
 * Judged by probing: an action of a service no pattern can name except a full wildcard, and
 * the IAM actions that let a principal grant itself anything, on resources of two services.
 * A policy that excludes IAM (like PowerUserAccess's `NotAction: iam:*`) is not administrator;
 * that is a privilege-escalation question instead (see escalation.ts).
 */
import type { PolicyDocument, PolicyStatement } from '../iam-policy.js';
import { requestContext } from './context.js';
import { statementApplies } from './evaluate.js';
import { type Tri, triAnd, triOr } from './tri.js';

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

const PROBES = ADMIN_PROBE_ACTIONS.flatMap((action) => PROBE_RESOURCES.map((resource) => ({ action, resource })));

/**
 * Each statement's answer to every probe, worked out once: the same managed policy governs
 * thousands of principals, and three checks ask about each principal. Statements are immutable
 * state, so the answer can live as long as the statement.
 */
const probed = new WeakMap<PolicyStatement, readonly Tri[]>();
function probeStatement(s: PolicyStatement): readonly Tri[] {
  let v = probed.get(s);
  if (!v) {
    // An empty context: every condition key is unknown, so a conditional grant reads `unknown`.
    const context = requestContext();
    v = PROBES.map(({ action, resource }) => statementApplies(s, { action, resource, context }));
    probed.set(s, v);
  }
  return v;
}

/**
 * `yes` when the policies allow every probe unconditionally; `unknown` when they do only under
 * conditions (MFA, source address, tags…); `no` otherwise. Deny statements in the same
 * policies count. As `evaluatePolicies` over every statement, probe by probe.
 */
export function isAdminEquivalent(docs: readonly PolicyDocument[]): Tri {
  const results: Tri[] = [];
  for (let i = 0; i < PROBES.length; i++) {
    const allow: Tri[] = [];
    const deny: Tri[] = [];
    for (const d of docs) for (const s of d.statements) (s.effect === 'Deny' ? deny : allow).push(probeStatement(s)[i]!);
    const a = triOr(allow);
    const n = triOr(deny);
    results.push(n === 'yes' ? 'no' : n === 'no' ? a : a === 'no' ? 'no' : 'unknown');
  }
  return triAnd(results);
}

/** The labels (Sid, else `Statement[i]`) of statements that on their own are admin-equivalent. */
export function adminStatements(doc: PolicyDocument): string[] {
  return doc.statements.flatMap((s, i) =>
    s.effect === 'Allow' && isAdminEquivalent([{ statements: [s] }]) !== 'no' ? [s.sid || `Statement[${i}]`] : [],
  );
}
