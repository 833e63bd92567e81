/**
 * "Who outside this account, or the public, can use this resource?" for a resource-based
 * policy (bucket, key, queue, topic, function, secret…), judged like Access Analyzer and
 * S3's "public" definition:
 * - a statement is PUBLIC when a wildcard principal (or `NotPrincipal`) can use it from an
 *   arbitrary account or anonymously;
 * - conditions that pin the caller to fixed values — `aws:PrincipalOrgID`,
 *   `aws:PrincipalAccount`, `aws:PrincipalArn`, `aws:SourceAccount`, `aws:SourceArn`,
 *   `aws:SourceVpce`, `aws:SourceVpc`, `aws:SourceIp` (ranges not covering the internet) —
 *   narrow the exposure to those accounts, the organisation or those networks;
 * - conditions on keys the requester controls (`aws:SecureTransport`, `aws:UserAgent`,
 *   `s3:prefix`, …) are assumed satisfiable: an outsider picks the request that passes them.
 *   A Deny only removes exposure when it certainly applies to the outsider.
 * The outsider is modelled twice, once without the source keys (calling from the internet,
 * outside any organisation) and once with foreign values for them; an Allow that either
 * variant passes exposes the resource.
 */
import type { PolicyDocument, PolicyStatement } from '../iam-policy.js';
import { restrictingConditions } from '../iam-policy.js';
import { evaluateConditions } from './conditions.js';
import { type KeyInput, requestContext } from './context.js';
import { actionMatches } from './evaluate.js';
import { accountOf, notPrincipalApplies, type PrincipalMap, principalNames, type RequestPrincipal } from './principal.js';
import type { Tri } from './tri.js';

export interface ExposureScope {
  /** The account owning the resource. */
  readonly account: string;
  /** The organisation id, when known: `aws:PrincipalOrgID` equal to it keeps access inside. */
  readonly orgId?: string;
  /** The organisation's member accounts, when known: named accounts among them are not cross-organisation. */
  readonly orgAccounts?: readonly string[];
  /** Only statements covering one of these actions count (default: any action). */
  readonly actions?: readonly string[];
}

export interface Exposure {
  readonly public: boolean;
  /** Labels of the statements that make it public. */
  readonly publicStatements: readonly string[];
  /** Accounts other than the owner that are named or pinned by conditions. */
  readonly externalAccounts: readonly string[];
  /** Some access reaches beyond the organisation (public, or an external account not known to be a member). */
  readonly crossOrg: boolean;
  /** Some access is granted to the whole organisation by `aws:PrincipalOrgID`. */
  readonly orgWide: boolean;
}

const SOURCE_KEYS = [
  'aws:PrincipalOrgID',
  'aws:PrincipalOrgPaths',
  'aws:PrincipalAccount',
  'aws:PrincipalArn',
  'aws:SourceAccount',
  'aws:SourceArn',
  'aws:SourceOrgID',
  'aws:SourceOwner',
  'aws:SourceVpce',
  'aws:SourceVpc',
  'aws:SourceIp',
  'aws:userid',
  'kms:CallerAccount',
  'aws:username',
];

function outsider(variant: 'absent' | 'outside', account?: string) {
  const keys: Record<string, KeyInput> = {};
  // A direct call always carries its source address, and a KMS call its caller's account.
  for (const k of SOURCE_KEYS) keys[k] = variant === 'absent' && k !== 'aws:SourceIp' && k !== 'kms:CallerAccount' ? null : 'outside';
  if (account) {
    keys['aws:PrincipalAccount'] = account;
    keys['kms:CallerAccount'] = account;
    keys['aws:PrincipalArn'] = `arn:aws:iam::${account}:root`;
  }
  return requestContext(keys);
}

function coversActions(s: PolicyStatement, actions: readonly string[] | undefined): boolean {
  if (!actions) return true;
  return actions.some((a) => actionMatches(s, a));
}

function possible(s: PolicyStatement, account?: string): boolean {
  // Unknown (requester-controlled) keys count as satisfiable for an Allow.
  return (['absent', 'outside'] as const).some((v) => evaluateConditions(s.condition, outsider(v, account)) !== 'no');
}

function certain(s: PolicyStatement, account?: string): boolean {
  return (['absent', 'outside'] as const).every((v) => evaluateConditions(s.condition, outsider(v, account)) === 'yes');
}

function names(s: PolicyStatement, p: RequestPrincipal): boolean {
  if (s.principal) return principalNames(s.principal, p);
  if (s.notPrincipal) return notPrincipalApplies(s.notPrincipal, p);
  return false;
}

const stranger = (account: string): RequestPrincipal => ({ kind: 'aws', account, arn: `arn:aws:iam::${account}:root` });
const STRANGER_ACCOUNT = '999999999999';

/** A Deny that certainly applies to this caller for these actions removes the exposure. */
function deniedFor(doc: PolicyDocument, p: RequestPrincipal, actions: readonly string[] | undefined, account?: string): boolean {
  return doc.statements.some(
    (s) =>
      s.effect === 'Deny' &&
      (s.resource === undefined || s.resource.includes('*') || s.resource.some((r) => r.endsWith('*'))) &&
      s.notAction === undefined &&
      (actions ?? ['*']).every((a) => actionMatches(s, a) || (s.action ?? []).includes('*')) &&
      names(s, p) &&
      certain(s, account),
  );
}

function awsPrincipals(map: PrincipalMap | undefined): string[] {
  if (!map) return [];
  const key = Object.keys(map).find((k) => k.toLowerCase() === 'aws');
  return key ? [...map[key]!] : [];
}

function label(doc: PolicyDocument, s: PolicyStatement): string {
  return s.sid || `Statement[${doc.statements.indexOf(s)}]`;
}

/** Accounts a restricting condition pins the caller to (account ids and ARNs with a fixed account). */
function pinnedAccounts(s: PolicyStatement): { accounts: string[]; orgIds: string[]; network: boolean } {
  const accounts: string[] = [];
  const orgIds: string[] = [];
  let network = false;
  for (const c of restrictingConditions(s)) {
    const k = c.key.toLowerCase();
    if (k === 'aws:principalorgid' || k === 'aws:sourceorgid') orgIds.push(...c.values);
    else if (k === 'aws:sourcevpce' || k === 'aws:sourcevpc' || k === 'aws:sourceip') network = true;
    else for (const v of c.values) accounts.push(accountOf(v) ?? v);
  }
  return { accounts, orgIds, network };
}

export function resourceExposure(doc: PolicyDocument, scope: ExposureScope): Exposure {
  const publicStatements: string[] = [];
  const external = new Set<string>();
  let orgWide = false;
  let unknownOrgReach = false;
  const inOrg = (a: string) => scope.orgAccounts?.includes(a) ?? false;

  for (const s of doc.statements) {
    if (s.effect !== 'Allow' || !coversActions(s, scope.actions)) continue;
    const wildcard = awsPrincipals(s.principal).includes('*') || s.notPrincipal !== undefined;
    if (wildcard && names(s, stranger(STRANGER_ACCOUNT))) {
      const pins = pinnedAccounts(s);
      if (possible(s) && !deniedFor(doc, stranger(STRANGER_ACCOUNT), scope.actions)) {
        publicStatements.push(label(doc, s));
        continue;
      }
      // Not open to everyone: say who it is narrowed to.
      if (pins.orgIds.length > 0) {
        orgWide ||= scope.orgId !== undefined && pins.orgIds.includes(scope.orgId);
        if (!(scope.orgId && pins.orgIds.every((o) => o === scope.orgId))) unknownOrgReach = true;
      }
      for (const a of pins.accounts) if (a !== scope.account && /^\d{12}$/.test(a)) external.add(a);
      continue;
    }
    for (const v of awsPrincipals(s.principal)) {
      const a = accountOf(v);
      if (!a || a === scope.account) continue;
      const p = stranger(a);
      if (!possible(s, a) || deniedFor(doc, p, scope.actions, a)) continue;
      external.add(a);
    }
  }
  const externalAccounts = [...external].sort();
  const crossOrg = publicStatements.length > 0 || unknownOrgReach || externalAccounts.some((a) => !inOrg(a));
  return { public: publicStatements.length > 0, publicStatements, externalAccounts, crossOrg, orgWide };
}

/** Re-exported so checks can say how sure a verdict is. */
export type { Tri };
