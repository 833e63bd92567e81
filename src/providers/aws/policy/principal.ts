/**
 * Who is making a request, and whether a statement's `Principal` / `NotPrincipal` names them,
 * following the IAM "Principal" and "NotPrincipal" element pages:
 * - `"*"` and `{"AWS": "*"}` name everyone, anonymous callers included;
 * - an account id or `arn:aws:iam::<account>:root` names every principal of that account
 *   (the account then decides with its own identity policies);
 * - a role ARN names the role's sessions; a session ARN names that session only;
 * - service principals, federated providers and S3 canonical users compare exactly.
 * `NotPrincipal` exempts a caller only when every entity of its chain is listed: the account
 * and the exact principal, and for a role session the session ARN as well as the role ARN.
 * Listing only the role ARN does not exempt its sessions (the documented pitfall).
 */
import { arnMatches } from './wildcard.js';

export type RequestPrincipal =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'aws';
      readonly account: string;
      /** The user or role ARN (`arn:aws:iam::<account>:role/x`), or the account root. */
      readonly arn: string;
      /** For a role session: `arn:aws:sts::<account>:assumed-role/<role>/<session>`. */
      readonly sessionArn?: string;
    }
  | { readonly kind: 'service'; readonly service: string }
  | { readonly kind: 'federated'; readonly provider: string }
  | { readonly kind: 'canonical'; readonly id: string };

export type PrincipalMap = Readonly<Record<string, readonly string[]>>;

const ACCOUNT_ID = /^\d{12}$/;

/** The account a principal element value belongs to, if it names one (`*` does not). */
export function accountOf(value: string): string | undefined {
  if (ACCOUNT_ID.test(value)) return value;
  const m = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(value);
  return m?.[1];
}

function isAccountRoot(value: string): boolean {
  return ACCOUNT_ID.test(value) || /^arn:[^:]+:iam::\d{12}:root$/.test(value);
}

/** The role ARN a role-session ARN belongs to (path-less: sessions do not carry the role's path). */
function roleNameOfSession(sessionArn: string): string | undefined {
  return /^arn:[^:]+:sts::\d{12}:assumed-role\/([^/]+)\//.exec(sessionArn)?.[1];
}

function awsValueNames(value: string, p: RequestPrincipal): boolean {
  if (value === '*') return true;
  if (p.kind !== 'aws') return false;
  // IAM refuses partial wildcards in principals; one a service stored anyway is read as widely as
  // it could match (`arn:aws:iam::*:root` names every account).
  if (/[*?]/.test(value)) return arnMatches(value, p.arn) || (p.sessionArn !== undefined && arnMatches(value, p.sessionArn));
  if (isAccountRoot(value)) return accountOf(value) === p.account;
  // A role ARN (`p.arn` of a session) names every session of that role.
  return value === p.arn || value === p.sessionArn;
}

function valuesFor(map: PrincipalMap, type: string): readonly string[] {
  const hit = Object.keys(map).find((k) => k.toLowerCase() === type.toLowerCase());
  return hit === undefined ? [] : map[hit]!;
}

/** Whether `Principal` names the caller. */
export function principalNames(map: PrincipalMap, p: RequestPrincipal): boolean {
  if (valuesFor(map, 'AWS').some((v) => awsValueNames(v, p))) return true;
  if (p.kind === 'service') return valuesFor(map, 'Service').some((v) => v === '*' || v.toLowerCase() === p.service.toLowerCase());
  if (p.kind === 'federated') return valuesFor(map, 'Federated').some((v) => v === '*' || v === p.provider);
  if (p.kind === 'canonical') return valuesFor(map, 'CanonicalUser').some((v) => v === '*' || v === p.id);
  return false;
}

/** The entities IAM checks for `NotPrincipal`: the account, the principal, and for a session the session. */
function chain(p: RequestPrincipal): string[] {
  if (p.kind !== 'aws') return [];
  return [p.account, p.arn, ...(p.sessionArn ? [p.sessionArn] : [])];
}

/** Whether a `NotPrincipal` statement applies to the caller (true unless the caller is fully listed). */
export function notPrincipalApplies(map: PrincipalMap, p: RequestPrincipal): boolean {
  if (p.kind !== 'aws') return !principalNames(map, p);
  const listed = valuesFor(map, 'AWS');
  const exempt = chain(p).every((entity) =>
    listed.some((v) => (ACCOUNT_ID.test(entity) ? isAccountRoot(v) && accountOf(v) === entity : v === entity)),
  );
  return !exempt;
}

/** The principal an ARN or account id denotes, for "who can" questions. */
export function principalFromArn(value: string): RequestPrincipal | undefined {
  const account = accountOf(value);
  if (!account) return undefined;
  if (isAccountRoot(value)) return { kind: 'aws', account, arn: `arn:aws:iam::${account}:root` };
  const role = roleNameOfSession(value);
  if (role) return { kind: 'aws', account, arn: `arn:aws:iam::${account}:role/${role}`, sessionArn: value };
  return { kind: 'aws', account, arn: value };
}
