/**
 * IAM wildcard matching: `*` is any run of characters (including none and `:` and `/`), `?` is
 * one character (one code point, whatever its UTF-16 length). Actions compare case-insensitively,
 * folding case one character at a time, resources and most condition values case-sensitively, as
 * IAM does.
 */
import { foldCase, globMatch } from '../../../model/glob.js';

/**
 * Policy variables `${*}`, `${?}` and `${$}` stand for the literal characters; substitution
 * writes them as these private-use characters so they never act as wildcards.
 */
export const LITERAL_STAR = '\uE000';
export const LITERAL_QUESTION = '\uE001';

export function unliteral(text: string): string {
  return text.includes(LITERAL_STAR) || text.includes(LITERAL_QUESTION)
    ? text.replaceAll(LITERAL_STAR, '*').replaceAll(LITERAL_QUESTION, '?')
    : text;
}

/** A code unit the pattern does not contain: what a value's own U+E000/U+E001 become before matching. */
function absentFrom(pattern: string): string {
  const used = new Set<number>();
  for (let i = 0; i < pattern.length; i++) used.add(pattern.charCodeAt(i));
  let c = 0xe002;
  while (used.has(c)) c++;
  return String.fromCharCode(c);
}

/**
 * A value's own `*` and `?` written as the literal characters, so only the pattern's wildcards
 * are wild; a value's own U+E000/U+E001 (not a `*` or `?`) first become `absent`, which only a
 * wildcard can match.
 */
function asLiteral(value: string, absent: string): string {
  let v = value;
  if (v.includes(LITERAL_STAR) || v.includes(LITERAL_QUESTION)) v = v.replaceAll(LITERAL_STAR, absent).replaceAll(LITERAL_QUESTION, absent);
  return v.includes('*') || v.includes('?') ? v.replaceAll('*', LITERAL_STAR).replaceAll('?', LITERAL_QUESTION) : v;
}

type Matcher = (value: string) => boolean;

/** Whether two strings are equal ignoring case, character by character (`StringEqualsIgnoreCase`). */
export function equalsIgnoreCase(a: string, b: string): boolean {
  return a === b || foldCase(a) === foldCase(b);
}

/**
 * One matcher per pattern, made once: policies repeat the same few hundred patterns across
 * thousands of principals, and the checks ask them the same actions. Wildcards go through the
 * linear `globMatch` (no regex, so no backtracking on patterns with many `*`); the common
 * shapes, a literal and `prefix*`, compare directly. Case folds one character at a time, and a
 * `?` is one character (code point), as IAM reads a policy, not one UTF-16 unit.
 */
function makeMatcher(pattern: string, ignoreCase: boolean): Matcher {
  const fold = (s: string): string => (ignoreCase ? foldCase(s) : s);
  const p = fold(pattern);
  const wild = p.search(/[*?]/);
  if (wild < 0) {
    const literal = unliteral(p);
    return (v) => fold(v) === literal;
  }
  if (wild === p.length - 1 && p.endsWith('*')) {
    const prefix = unliteral(p.slice(0, -1));
    return (v) => fold(v).startsWith(prefix);
  }
  // A run of `*` matches what one does, and a value shorter than the pattern's other characters
  // cannot match: a policy of thousands of `*` then costs its length once, not on every question.
  const glob = p.replace(/\*+/g, '*');
  const minLength = glob.length - (glob.split('*').length - 1);
  const absent = absentFrom(glob);
  return (v) => {
    const f = fold(v);
    return f.length >= minLength && globMatch(glob, asLiteral(f, absent));
  };
}

const MAX_CACHED = 50_000;
const matchers = [new Map<string, Matcher>(), new Map<string, Matcher>()] as const;

function matcherFor(pattern: string, ignoreCase: boolean): Matcher {
  const cache = matchers[ignoreCase ? 1 : 0];
  let m = cache.get(pattern);
  if (!m) {
    m = makeMatcher(pattern, ignoreCase);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(pattern, m);
  }
  return m;
}

export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  return pattern === '*' || matcherFor(pattern, ignoreCase)(value);
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
