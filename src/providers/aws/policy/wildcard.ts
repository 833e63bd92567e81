/**
 * IAM wildcard matching: `*` is any run of characters (including none and `:` and `/`), `?` is
 * one character. Actions compare case-insensitively, resources and most condition values
 * case-sensitively, as IAM does.
 */
const cache = new Map<string, RegExp>();

/**
 * Policy variables `${*}`, `${?}` and `${$}` stand for the literal characters; substitution
 * writes them as these private-use characters so they never act as wildcards.
 */
export const LITERAL_STAR = '\uE000';
export const LITERAL_QUESTION = '\uE001';

export function unliteral(text: string): string {
  return text.replaceAll(LITERAL_STAR, '*').replaceAll(LITERAL_QUESTION, '?');
}

function compile(pattern: string, ignoreCase: boolean): RegExp {
  const id = `${ignoreCase ? 'i' : 's'}${pattern}`;
  let re = cache.get(id);
  if (!re) {
    let body = '';
    for (const c of pattern) {
      if (c === '*') body += '[\\s\\S]*';
      else if (c === '?') body += '[\\s\\S]';
      else body += unliteral(c).replace(/[.*?+^${}()|[\]\\/-]/g, '\\$&');
    }
    re = new RegExp(`^${body}$`, ignoreCase ? 'i' : '');
    if (cache.size > 5000) cache.clear();
    cache.set(id, re);
  }
  return re;
}

export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  if (pattern === '*') return true;
  if (!/[*?]/.test(pattern)) {
    const literal = unliteral(pattern);
    return ignoreCase ? literal.toLowerCase() === value.toLowerCase() : literal === value;
  }
  return compile(pattern, ignoreCase).test(value);
}

/** `service:Action` patterns: case-insensitive. */
export function actionPatternMatches(pattern: string, action: string): boolean {
  return wildcardMatch(pattern, action, true);
}

/**
 * ARN patterns match field by field (`ArnLike`): the first five colon-separated fields
 * (partition, service, region, account) must match on their own, so `*` in the account cannot
 * swallow the region; the resource part keeps its colons and slashes.
 */
export function arnMatches(pattern: string, arn: string): boolean {
  if (pattern === '*') return true;
  const p = pattern.split(':');
  const a = arn.split(':');
  if (p.length < 6 || a.length < 6) return wildcardMatch(pattern, arn);
  for (let i = 0; i < 5; i++) if (!wildcardMatch(p[i]!, a[i]!)) return false;
  return wildcardMatch(p.slice(5).join(':'), a.slice(5).join(':'));
}
