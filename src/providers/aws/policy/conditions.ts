/**
 * Condition operators as AWS documents them (IAM User Guide, "Condition operators" and
 * "Conditions with multiple context keys or values"), evaluated three-valued:
 * - operators AND together, keys within an operator AND together, values of one key OR
 *   together (NOR for negated operators);
 * - a key absent from the request makes a positive operator false and a negated one true,
 *   except `…IfExists` (true when absent) and `Null` (which tests presence);
 * - `ForAnyValue:` needs one request value to match (false for an absent or empty key);
 *   `ForAllValues:` needs every request value to match, so it is TRUE for an absent or empty
 *   key — the documented pitfall that makes `ForAllValues` in an Allow match requests
 *   without the key at all;
 * - a key the context does not know gives `unknown`.
 */
import { valuesUnbounded } from '../iam-policy.js';
import { parseCidr } from '../ip-ranges.js';
import { type KeyState, keyState, type RequestContext } from './context.js';
import { type Tri, tri, triAnd } from './tri.js';
import { resolveVariables } from './variables.js';
import { arnMatches, equalsIgnoreCase, unliteral, wildcardMatch } from './wildcard.js';

export type ConditionBlock = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

export interface ParsedOperator {
  qualifier?: 'ForAnyValue' | 'ForAllValues';
  /** The positive base operator (`StringNotEquals` → `StringEquals`, `NotIpAddress` → `IpAddress`). */
  base: string;
  negated: boolean;
  ifExists: boolean;
}

const NEGATED: Readonly<Record<string, string>> = {
  StringNotEquals: 'StringEquals',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotLike: 'StringLike',
  NumericNotEquals: 'NumericEquals',
  DateNotEquals: 'DateEquals',
  NotIpAddress: 'IpAddress',
  ArnNotEquals: 'ArnEquals',
  ArnNotLike: 'ArnLike',
};

const POSITIVE = new Set([
  'StringEquals',
  'StringEqualsIgnoreCase',
  'StringLike',
  'NumericEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'ArnEquals',
  'ArnLike',
  'Null',
]);

/** Undefined for an operator IAM does not know (IAM would reject the policy). */
export function parseOperator(operator: string): ParsedOperator | undefined {
  let rest = operator;
  let qualifier: ParsedOperator['qualifier'];
  const q = /^(ForAnyValue|ForAllValues):/i.exec(rest);
  if (q) {
    qualifier = q[1]!.toLowerCase() === 'foranyvalue' ? 'ForAnyValue' : 'ForAllValues';
    rest = rest.slice(q[0].length);
  }
  const ifExists = rest.endsWith('IfExists');
  if (ifExists) rest = rest.slice(0, -'IfExists'.length);
  // Own names only: an operator spelt `constructor` or `toString` must not find Object's.
  const positive = Object.hasOwn(NEGATED, rest) ? NEGATED[rest] : undefined;
  if (positive) return { ...(qualifier ? { qualifier } : {}), base: positive, negated: true, ifExists };
  if (!POSITIVE.has(rest) || (rest === 'Null' && (ifExists || qualifier))) return undefined;
  return { ...(qualifier ? { qualifier } : {}), base: rest, negated: false, ifExists };
}

function num(text: string): number | undefined {
  if (!/^\s*-?\d+(\.\d+)?\s*$/.test(text)) return undefined;
  return Number(text);
}

function date(text: string): number | undefined {
  // Epoch seconds or ISO 8601, the two forms IAM accepts.
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const t = Date.parse(text);
  return Number.isNaN(t) ? undefined : t;
}

function compare(a: number | undefined, b: number | undefined, cmp: string): boolean {
  if (a === undefined || b === undefined) return false;
  switch (cmp) {
    case 'Equals':
      return a === b;
    case 'LessThan':
      return a < b;
    case 'LessThanEquals':
      return a <= b;
    case 'GreaterThan':
      return a > b;
    case 'GreaterThanEquals':
      return a >= b;
    default:
      return false;
  }
}

function ipIn(cidr: string, ip: string): boolean {
  const range = parseCidr(cidr);
  const addr = parseCidr(ip);
  if (!range || !addr || range.family !== addr.family) return false;
  return addr.start >= range.start && addr.end <= range.end;
}

/** Whether one request value matches one policy value under a positive base operator. */
export function valueMatches(base: string, policyValue: string, requestValue: string): boolean {
  // Equality operators take `*` and `?` literally.
  if (base === 'StringEquals' || base === 'BinaryEquals') return unliteral(policyValue) === requestValue;
  if (base === 'StringEqualsIgnoreCase') return equalsIgnoreCase(unliteral(policyValue), requestValue);
  if (base === 'StringLike') return wildcardMatch(policyValue, requestValue);
  if (base === 'Bool') return policyValue.toLowerCase() === requestValue.toLowerCase();
  if (base === 'IpAddress') return ipIn(policyValue, requestValue);
  if (base === 'ArnEquals' || base === 'ArnLike') return arnMatches(policyValue, requestValue);
  if (base.startsWith('Numeric')) return compare(num(requestValue), num(policyValue), base.slice('Numeric'.length));
  if (base.startsWith('Date')) return compare(date(requestValue), date(policyValue), base.slice('Date'.length));
  return false;
}

/** One request value against the (already substituted) policy values: OR, or NOR when negated. */
function satisfies(op: ParsedOperator, policyValues: readonly string[], requestValue: string): boolean {
  const any = policyValues.some((p) => valueMatches(op.base, p, requestValue));
  return op.negated ? !any : any;
}

/**
 * A foreign value (`outside`) matches only values that match anyone's requests: `*`, an ARN
 * with a wildcard account, `vpce-*`, address ranges covering a whole family. Numeric, date and
 * boolean comparisons with a foreign value cannot be decided.
 */
function outsideSatisfies(op: ParsedOperator, key: string, policyValues: readonly string[]): Tri {
  if (op.base.startsWith('Numeric') || op.base.startsWith('Date') || op.base === 'Bool' || op.base === 'BinaryEquals') return 'unknown';
  const k = key.toLowerCase();
  const matchesAnyone =
    valuesUnbounded(
      op.base,
      k,
      policyValues.map((v) => (k === 'aws:sourcearn' ? bucketArn(v) : v)),
    ) || openIdentity(op.base, k, policyValues);
  return tri(op.negated ? !matchesAnyone : matchesAnyone);
}

/**
 * S3 bucket ARNs carry no region or account (`arn:aws:s3:::bucket`), so in the pattern AWS's S3
 * event examples use, `arn:aws:s3:*:*:bucket`, those wildcards match only the empty fields and
 * the pattern names one bucket (bucket names are global). Read it as that bucket's ARN.
 */
function bucketArn(value: string): string {
  const m = /^arn:([^:]+):s3:[*]?:[*]?:([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])$/.exec(value);
  return m ? `arn:${m[1]}:s3:::${m[2]}` : value;
}

/**
 * Identity keys whose wildcards reach other accounts although no account is written: an
 * `aws:userid` pattern with a wildcard in the unique id (`AIDA*`; S3 "the meaning of public" accepts
 * only fixed ids and `<role id>:*`), or an org path with a wildcard organisation (`o-*` / `*`).
 */
function openIdentity(base: string, key: string, values: readonly string[]): boolean {
  if (base !== 'StringLike') return false;
  const fixedPart = key === 'aws:userid' ? ':' : key === 'aws:principalorgpaths' || key === 'aws:sourceorgpaths' ? '/' : undefined;
  return fixedPart !== undefined && values.some((v) => /[*?]/.test(v.split(fixedPart)[0]!));
}

function absentResult(op: ParsedOperator): boolean {
  if (op.ifExists) return true;
  if (op.qualifier === 'ForAllValues') return true;
  if (op.qualifier === 'ForAnyValue') return false;
  return op.negated;
}

function nullCheck(st: KeyState | undefined, policyValues: readonly string[]): Tri {
  if (st === undefined) return 'unknown';
  const absent = st.kind === 'absent' || (st.kind === 'values' && st.values.length === 0);
  return tri(policyValues.some((p) => (p.toLowerCase() === 'true' ? absent : p.toLowerCase() === 'false' ? !absent : false)));
}

/** Substitute policy variables in condition values; values whose variable is absent drop out. */
function substitute(values: readonly string[], ctx: RequestContext): string[] | 'unknown' {
  const out: string[] = [];
  for (const v of values) {
    const r = resolveVariables(v, ctx);
    if (r.kind === 'unknown') return 'unknown';
    if (r.kind === 'text') out.push(r.text);
  }
  return out;
}

export function evaluateKey(operator: string, key: string, values: readonly string[], ctx: RequestContext): Tri {
  const op = parseOperator(operator);
  if (!op) return 'unknown';
  const st = keyState(ctx, key);
  if (op.base === 'Null') return nullCheck(st, values);
  if (st === undefined) return 'unknown';
  const policyValues = substitute(values, ctx);
  if (policyValues === 'unknown') return 'unknown';
  if (st.kind === 'absent' || (st.kind === 'values' && st.values.length === 0)) return tri(absentResult(op));
  if (st.kind === 'outside') return outsideSatisfies(op, key, policyValues);
  const each = st.values.map((v) => satisfies(op, policyValues, v));
  if (op.qualifier === 'ForAllValues') return tri(each.every(Boolean));
  // No qualifier on a multi-valued key behaves as "any value"; a negated operator must hold for all.
  if (op.qualifier === undefined && op.negated) return tri(each.every(Boolean));
  return tri(each.some(Boolean));
}

/** The whole Condition element: AND over operators and keys. An empty block is true. */
export function evaluateConditions(block: ConditionBlock, ctx: RequestContext): Tri {
  const results: Tri[] = [];
  for (const [operator, keys] of Object.entries(block)) {
    for (const [key, values] of Object.entries(keys)) {
      results.push(evaluateKey(operator, key, values, ctx));
      if (results.at(-1) === 'no') return 'no';
    }
  }
  return triAnd(results);
}
