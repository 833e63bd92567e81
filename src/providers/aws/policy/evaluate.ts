/**
 * IAM's policy evaluation logic (IAM User Guide, "Policy evaluation logic"), three-valued:
 * 1. an explicit Deny in any applicable policy wins;
 * 2. otherwise the request needs an Allow: within one account from an identity-based policy
 *    or the resource-based policy; across accounts from both; for callers that are not IAM
 *    principals (anonymous, services) from the resource-based policy;
 * 3. a permissions boundary caps identity-based allows (both must allow);
 * 4. anything not allowed is implicitly denied.
 * A statement applies when its principal, action, resource and every condition match.
 * Unknown context keys make a statement's applicability `unknown`, and the answer with it.
 */
import type { PolicyDocument, PolicyStatement } from '../iam-policy.js';
import { evaluateConditions } from './conditions.js';
import type { RequestContext } from './context.js';
import { notPrincipalApplies, principalNames, type RequestPrincipal } from './principal.js';
import { type Tri, tri, triAnd, triOr } from './tri.js';
import { resolveVariables } from './variables.js';
import { actionPatternMatches, arnMatches } from './wildcard.js';

export interface PolicyRequest {
  /** Needed for resource-based policies; identity-based policies have no Principal element. */
  readonly principal?: RequestPrincipal;
  readonly action: string;
  readonly resource: string;
  readonly context: RequestContext;
}

export function actionMatches(s: PolicyStatement, action: string): boolean {
  if (s.action) return s.action.some((p) => actionPatternMatches(p, action));
  if (s.notAction) return !s.notAction.some((p) => actionPatternMatches(p, action));
  return false;
}

function anyResource(patterns: readonly string[], resource: string, ctx: RequestContext): Tri {
  return triOr(
    patterns.map((p) => {
      const r = resolveVariables(p, ctx);
      return r.kind === 'text' ? tri(arnMatches(r.text, resource)) : r.kind === 'absent' ? 'no' : 'unknown';
    }),
  );
}

/** A statement without Resource or NotResource (trust and most resource policies) covers the resource it is attached to. */
export function resourceMatches(s: PolicyStatement, resource: string, ctx: RequestContext): Tri {
  if (s.resource) return anyResource(s.resource, resource, ctx);
  if (s.notResource) {
    const hit = anyResource(s.notResource, resource, ctx);
    return hit === 'yes' ? 'no' : hit === 'no' ? 'yes' : 'unknown';
  }
  return 'yes';
}

export function principalMatches(s: PolicyStatement, p: RequestPrincipal | undefined): Tri {
  if (!s.principal && !s.notPrincipal) return 'yes';
  if (!p) return 'unknown';
  if (s.principal) return tri(principalNames(s.principal, p));
  return tri(notPrincipalApplies(s.notPrincipal!, p));
}

export function statementApplies(s: PolicyStatement, req: PolicyRequest): Tri {
  if (!actionMatches(s, req.action)) return 'no';
  return triAnd([
    principalMatches(s, req.principal),
    resourceMatches(s, req.resource, req.context),
    evaluateConditions(s.condition, req.context),
  ]);
}

export interface PolicyVerdict {
  readonly allow: Tri;
  readonly deny: Tri;
}

export function evaluatePolicies(docs: readonly PolicyDocument[], req: PolicyRequest): PolicyVerdict {
  const allow: Tri[] = [];
  const deny: Tri[] = [];
  for (const d of docs) for (const s of d.statements) (s.effect === 'Deny' ? deny : allow).push(statementApplies(s, req));
  return { allow: triOr(allow), deny: triOr(deny) };
}

export type Decision = 'allowed' | 'explicitly-denied' | 'implicitly-denied' | 'unknown';

export interface AuthorizationInput {
  readonly principal: RequestPrincipal;
  readonly identityPolicies: readonly PolicyDocument[];
  readonly boundary?: PolicyDocument;
  readonly resourcePolicy?: PolicyDocument;
  /** The account owning the resource; when it differs from the principal's, both sides must allow. */
  readonly resourceAccount?: string;
}

export function decide(input: AuthorizationInput, action: string, resource: string, context: RequestContext): Decision {
  const req: PolicyRequest = { principal: input.principal, action, resource, context };
  const identity = evaluatePolicies(input.identityPolicies, req);
  const boundary = input.boundary ? evaluatePolicies([input.boundary], req) : undefined;
  const res = input.resourcePolicy ? evaluatePolicies([input.resourcePolicy], req) : { allow: 'no' as Tri, deny: 'no' as Tri };
  const deny = triOr([identity.deny, boundary?.deny ?? 'no', res.deny]);
  if (deny === 'yes') return 'explicitly-denied';
  const identityAllow = boundary ? triAnd([identity.allow, boundary.allow]) : identity.allow;
  // Anonymous callers, services, federated users and canonical users have no identity
  // policies of ours: only the resource policy can grant them.
  const p = input.principal;
  const sameAccount = p.kind === 'aws' && (input.resourceAccount === undefined || input.resourceAccount === p.account);
  const allow = p.kind !== 'aws' ? res.allow : sameAccount ? triOr([identityAllow, res.allow]) : triAnd([identityAllow, res.allow]);
  if (allow === 'no') return 'implicitly-denied';
  return allow === 'yes' && deny === 'no' ? 'allowed' : 'unknown';
}

/** `decide` as a three-valued answer to "is this request allowed?". */
export function isAllowed(input: AuthorizationInput, action: string, resource: string, context: RequestContext): Tri {
  const d = decide(input, action, resource, context);
  return d === 'allowed' ? 'yes' : d === 'unknown' ? 'unknown' : 'no';
}
