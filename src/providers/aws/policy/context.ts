/**
 * The request context a policy is judged against. Every condition key is in one of four
 * states, so that questions about unknown requesters stay honest:
 * - `values`: present with these values (a single-valued key has one);
 * - `absent`: known not to be in the request (an anonymous caller has no `aws:PrincipalOrgID`);
 * - `outside`: present, with a value none of the policy's fixed values name (someone else's
 *   account, organisation, VPC endpoint or address). It matches only patterns that match
 *   (nearly) anything, such as `*` or `arn:aws:iam::*:root`;
 * - missing from the map: unknown, so conditions on it evaluate to `unknown`.
 * Keys are case-insensitive, as in IAM; store them lowercased (see `requestContext`).
 */
export type KeyState =
  | { readonly kind: 'values'; readonly values: readonly string[] }
  | { readonly kind: 'absent' }
  | { readonly kind: 'outside' };

export interface RequestContext {
  /** Lowercased key → state; a key missing here is unknown. */
  readonly keys: ReadonlyMap<string, KeyState>;
}

export type KeyInput = string | readonly string[] | null | 'outside' | KeyState;

function state(v: KeyInput): KeyState {
  if (v === null) return { kind: 'absent' };
  if (v === 'outside') return { kind: 'outside' };
  if (typeof v === 'string') return { kind: 'values', values: [v] };
  if (Array.isArray(v)) return { kind: 'values', values: v as readonly string[] };
  return v as KeyState;
}

/** Build a context from plain values: a string or list is present, `null` absent, `'outside'` foreign. */
export function requestContext(keys: Readonly<Record<string, KeyInput>> = {}): RequestContext {
  return { keys: new Map(Object.entries(keys).map(([k, v]) => [k.toLowerCase(), state(v)])) };
}

export function keyState(ctx: RequestContext, key: string): KeyState | undefined {
  return ctx.keys.get(key.toLowerCase());
}

export function withKeys(ctx: RequestContext, keys: Readonly<Record<string, KeyInput>>): RequestContext {
  const out = new Map(ctx.keys);
  for (const [k, v] of Object.entries(keys)) out.set(k.toLowerCase(), state(v));
  return { keys: out };
}
