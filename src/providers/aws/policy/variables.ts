/**
 * Policy variables (`${aws:username}`, `${aws:PrincipalTag/team}`, `${s3:prefix, 'home/'}`) in
 * `Resource` and condition values, substituted from the request context as IAM does: a
 * variable whose key is absent makes the element not match (unless it has a default value).
 */
import { keyState, type RequestContext } from './context.js';
import { LITERAL_QUESTION, LITERAL_STAR } from './wildcard.js';

export type Resolved = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'absent' } | { readonly kind: 'unknown' };

const VARIABLE = /\$\{([^}]*)\}/g;
const SPECIAL: Readonly<Record<string, string>> = { '*': LITERAL_STAR, '?': LITERAL_QUESTION, $: '$' };

export function resolveVariables(text: string, ctx: RequestContext): Resolved {
  if (!text.includes('${')) return { kind: 'text', text };
  let failed: 'absent' | 'unknown' | undefined;
  const out = text.replace(VARIABLE, (_whole, inner: string) => {
    // Own names only: `${constructor}` is an (unknown) key, not Object's constructor.
    const special = Object.hasOwn(SPECIAL, inner) ? SPECIAL[inner] : undefined;
    if (special !== undefined) return special;
    const m = /^\s*([^,\s]+)\s*(?:,\s*'([^']*)'\s*)?$/.exec(inner);
    if (!m) {
      failed ??= 'absent';
      return '';
    }
    const st = keyState(ctx, m[1]!);
    const fallback = m[2];
    if (st?.kind === 'values' && st.values.length === 1) return st.values[0]!;
    if ((st?.kind === 'absent' || (st?.kind === 'values' && st.values.length === 0)) && fallback !== undefined) return fallback;
    // A multi-valued key cannot be substituted; an absent key without default fails the element.
    if (st?.kind === 'absent' || st?.kind === 'values') failed ??= 'absent';
    else failed = 'unknown';
    return '';
  });
  return failed ? { kind: failed } : { kind: 'text', text: out };
}
