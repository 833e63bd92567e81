/**
 * IAM policy documents (bucket policies, key policies, identity policies) parsed into one
 * normalised shape, and pure predicates over it. No SDK imports: collectors parse with it
 * and checks judge with it.
 */
import { globMatch } from '../../model/glob.js';
import { coversAnAddressFamily } from './ip-ranges.js';

/** Principal type (`AWS`, `Service`, `Federated`, `CanonicalUser`) → principals. */
export type PrincipalMap = Readonly<Record<string, readonly string[]>>;

/** Condition operator (as written, e.g. `ForAnyValue:StringLike`) → condition key → values. */
export type ConditionBlock = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

export interface PolicyStatement {
  sid?: string;
  effect: 'Allow' | 'Deny';
  /** `"Principal": "*"` is stored as `{ AWS: ['*'] }`, which IAM treats as the same thing. */
  principal?: PrincipalMap;
  notPrincipal?: PrincipalMap;
  /** Exactly one of `action` / `notAction` is present in a valid statement. */
  action?: readonly string[];
  notAction?: readonly string[];
  resource?: readonly string[];
  notResource?: readonly string[];
  /** Empty when the statement has no Condition. Values are strings: JSON `false` is stored as `'false'`. */
  condition: ConditionBlock;
}

export interface PolicyDocument {
  version?: string;
  id?: string;
  /** Always an array, even when the JSON had a single Statement object. */
  statements: readonly PolicyStatement[];
}

export class PolicyParseError extends Error {
  override name = 'PolicyParseError';
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

function isObject(v: unknown): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: Json | undefined, what: string): string[] {
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => {
    if (typeof x === 'string') return x;
    // Condition values may be JSON booleans or numbers; IAM compares them as strings.
    if (typeof x === 'number' || typeof x === 'boolean') return String(x);
    throw new PolicyParseError(`${what} must be a string or a list of strings`);
  });
}

function principals(v: Json | undefined, what: string): PrincipalMap | undefined {
  if (v === undefined) return undefined;
  if (v === '*') return { AWS: ['*'] };
  if (!isObject(v)) throw new PolicyParseError(`${what} must be "*" or an object`);
  return Object.fromEntries(Object.entries(v).map(([type, list]) => [type, strings(list, `${what}.${type}`)]));
}

function conditions(v: Json | undefined): ConditionBlock {
  if (v === undefined) return {};
  if (!isObject(v)) throw new PolicyParseError('Condition must be an object');
  return Object.fromEntries(
    Object.entries(v).map(([op, block]) => {
      if (!isObject(block)) throw new PolicyParseError(`Condition.${op} must be an object`);
      return [op, Object.fromEntries(Object.entries(block).map(([k, vals]) => [k, strings(vals, `Condition.${op}.${k}`)]))];
    }),
  );
}

function optionalStrings(v: Json | undefined, what: string): string[] | undefined {
  return v === undefined ? undefined : strings(v, what);
}

function statement(raw: Json): PolicyStatement {
  if (!isObject(raw)) throw new PolicyParseError('each Statement must be an object');
  const effect = raw.Effect;
  if (effect !== 'Allow' && effect !== 'Deny') throw new PolicyParseError('Effect must be Allow or Deny');
  const principal = principals(raw.Principal, 'Principal');
  const notPrincipal = principals(raw.NotPrincipal, 'NotPrincipal');
  const action = optionalStrings(raw.Action, 'Action');
  const notAction = optionalStrings(raw.NotAction, 'NotAction');
  const resource = optionalStrings(raw.Resource, 'Resource');
  const notResource = optionalStrings(raw.NotResource, 'NotResource');
  // Fields in the order policies are usually written, so saved snapshots read naturally.
  return {
    ...(typeof raw.Sid === 'string' ? { sid: raw.Sid } : {}),
    effect,
    ...(principal ? { principal } : {}),
    ...(notPrincipal ? { notPrincipal } : {}),
    ...(action ? { action } : {}),
    ...(notAction ? { notAction } : {}),
    ...(resource ? { resource } : {}),
    ...(notResource ? { notResource } : {}),
    condition: conditions(raw.Condition),
  };
}

/** Parse a policy's JSON text. Throws `PolicyParseError` when it is not a policy document. */
export function parsePolicyDocument(text: string): PolicyDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new PolicyParseError('policy is not valid JSON');
  }
  if (!isObject(raw)) throw new PolicyParseError('policy must be a JSON object');
  const list = raw.Statement === undefined ? [] : Array.isArray(raw.Statement) ? raw.Statement : [raw.Statement];
  return {
    ...(typeof raw.Version === 'string' ? { version: raw.Version } : {}),
    ...(typeof raw.Id === 'string' ? { id: raw.Id } : {}),
    statements: list.map(statement),
  };
}

/** `Principal: "*"` or `Principal: { AWS: "*" }`: any caller, in any account, signed or not. */
export function principalIsWildcard(s: PolicyStatement): boolean {
  return s.principal?.AWS?.includes('*') ?? false;
}

/**
 * Condition keys that pin a wildcard principal to a known network, organisation, account
 * or source resource. A statement conditioned on one of these is not open to everyone.
 */
export const RESTRICTING_CONDITION_KEYS: readonly string[] = [
  'aws:SourceVpce',
  'aws:SourceVpc',
  'aws:SourceIp',
  'aws:PrincipalOrgID',
  'aws:PrincipalAccount',
  'aws:SourceAccount',
  'aws:SourceOwner',
  'aws:SourceOrgID',
  'aws:SourceArn',
  'kms:CallerAccount',
  'aws:PrincipalArn',
];

/**
 * Operators that limit the request to the listed values. Negated operators
 * (StringNotEquals, NotIpAddress, …) admit everyone *except* the values, and `Null` only
 * asks that the key exists, so neither restricts.
 */
const LIMITING_OPERATORS = new Set(['StringEquals', 'StringEqualsIgnoreCase', 'StringLike', 'ArnEquals', 'ArnLike', 'IpAddress']);
const ARN_KEYS = new Set(['aws:sourcearn', 'aws:principalarn']);
const ACCOUNT_KEYS = new Set([
  'aws:principalaccount',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:principalorgid',
  'aws:sourceorgid',
  'kms:calleraccount',
]);

export interface RestrictingCondition {
  operator: string;
  key: string;
  values: readonly string[];
}

/**
 * Whether an operator, as written, limits a request to its values. `…IfExists` does not:
 * it is true when the key is absent, and a caller outside AWS networks or organisations
 * simply has no such key. `ForAllValues:` is likewise true for an absent key (empty set).
 */
function operatorLimits(operator: string): boolean {
  if (operator.endsWith('IfExists') || operator.startsWith('ForAllValues:')) return false;
  return LIMITING_OPERATORS.has(operator.replace(/^ForAnyValue:/, ''));
}

/** Resource-id prefixes that every VPC or VPC endpoint id starts with, whoever owns it. */
const ID_PREFIXES: Readonly<Record<string, string>> = { 'aws:sourcevpce': 'vpce-', 'aws:sourcevpc': 'vpc-' };

/** Whether a pattern with wildcards, in an ARN, leaves the owner open. */
function arnPatternUnbounded(value: string): boolean {
  const parts = value.split(':');
  // Fewer than six fields: a wildcard may stand in for the account itself (`arn:*`).
  if (parts.length < 6) return /[*?]/.test(value);
  // `arn:aws:iam::*:root` names every account; an ARN pattern must pin the account to restrict.
  if (parts[4] !== '') return /[*?]/.test(parts[4]!);
  // S3 ARNs carry no account; bucket names are one global namespace anyone can create in,
  // so `arn:aws:s3:::*` or `arn:aws:s3:::acme-*` admits buckets in any account.
  return /[*?]/.test(parts.slice(5).join(':'));
}

/**
 * A value that matches (nearly) anything, so the condition restricts nothing: a bare
 * wildcard, an ARN pattern that leaves the account open, an id pattern that is only the
 * id type (`vpce-*`), or an account or organisation pattern with a wildcard.
 */
function unbounded(operator: string, key: string, value: string): boolean {
  const base = operator.replace(/^ForAnyValue:/, '');
  if (base === 'IpAddress') return false; // judged over all values together (coversAnAddressFamily)
  const wildcards = base === 'StringLike' || base === 'ArnLike' || base === 'ArnEquals';
  if (!wildcards) return false;
  if (/^[*?]*$/.test(value)) return true;
  if (ARN_KEYS.has(key)) return arnPatternUnbounded(value);
  if (ACCOUNT_KEYS.has(key)) return /[*?]/.test(value);
  const prefix = Object.hasOwn(ID_PREFIXES, key) ? ID_PREFIXES[key] : undefined;
  // `vpce-*` (or `vpc*`) pins nothing beyond the id type: any account's endpoint matches.
  if (prefix && /[*?]/.test(value)) return prefix.startsWith(value.slice(0, value.search(/[*?]/)).toLowerCase());
  return false;
}

/** Values are ORed, so one unbounded value (a value any account's requests would carry could match), or IP ranges that together cover everyone, open the condition. */
export function valuesUnbounded(operator: string, key: string, values: readonly string[]): boolean {
  if (operator.replace(/^ForAnyValue:/, '') === 'IpAddress' && coversAnAddressFamily(values)) return true;
  return values.some((v) => unbounded(operator, key, v));
}

/** The conditions on a statement that restrict who can use it (see `RESTRICTING_CONDITION_KEYS`). */
export function restrictingConditions(s: PolicyStatement): RestrictingCondition[] {
  const wanted = new Set(RESTRICTING_CONDITION_KEYS.map((k) => k.toLowerCase()));
  const out: RestrictingCondition[] = [];
  for (const [operator, block] of Object.entries(s.condition)) {
    if (!operatorLimits(operator)) continue;
    for (const [key, values] of Object.entries(block)) {
      // Condition keys are case-insensitive in IAM.
      const k = key.toLowerCase();
      if (!wanted.has(k) || values.length === 0) continue;
      if (valuesUnbounded(operator, k, values)) continue;
      out.push({ operator, key, values });
    }
  }
  return out;
}

/** Case-insensitive IAM action match (`s3:*` covers `s3:GetObject`; `*` covers everything). */
export function actionMatches(pattern: string, action: string): boolean {
  return globMatch(pattern, action, { ignoreCase: true });
}

/** Condition values for a key under one operator, matching the key case-insensitively. */
export function conditionValues(s: PolicyStatement, operator: string, key: string): readonly string[] | undefined {
  const block = s.condition[operator];
  if (!block) return undefined;
  const k = key.toLowerCase();
  const hit = Object.keys(block).find((x) => x.toLowerCase() === k);
  return hit === undefined ? undefined : block[hit];
}
