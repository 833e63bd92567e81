/**
 * "Who outside this account, or the public, can use this resource?" for a resource-based
 * policy (bucket, key, queue, topic, function, secret…), judged like Access Analyzer and
 * S3's "public" definition:
 * - a statement is PUBLIC when it names every caller (`"*"`, `{"AWS":"*"}`, a principal ARN
 *   with a wildcard account, or `NotPrincipal`) and an anonymous caller or one from an
 *   arbitrary account can use it; service principals are not the public;
 * - conditions that fix a caller key (`CALLER_KEYS`: `aws:PrincipalOrgID`,
 *   `aws:PrincipalAccount`, `aws:SourceAccount`, `aws:SourceArn`, `aws:SourceOwner`,
 *   `kms:CallerAccount`, `aws:SourceVpce`, `aws:SourceIp` ranges not covering the internet…)
 *   to named values narrow the exposure to those accounts, the organisation or those networks;
 *   wildcard values, `…IfExists`, `ForAllValues:`, `Null` and negated operators do not;
 * - conditions on keys the requester controls (`aws:SecureTransport`, `aws:UserAgent`,
 *   `s3:prefix`, …) are assumed satisfiable: an outsider picks the request that passes them;
 * - a Deny removes the exposure only when it certainly applies to the same caller, for the
 *   same actions and resources.
 * The outsider is modelled three times: without the caller keys (calling from the internet,
 * outside any organisation), the same signed by another account (its identity keys present and
 * foreign), and with foreign values for every caller key; an Allow that any variant passes
 * exposes the resource.
 */
import type { PolicyDocument, PolicyStatement } from '../iam-policy.js';
import { restrictingConditions } from '../iam-policy.js';
import { evaluateConditions } from './conditions.js';
import { type KeyInput, type RequestContext, requestContext, withKeys } from './context.js';
import { actionMatches } from './evaluate.js';
import { accountOf, notPrincipalApplies, type PrincipalMap, principalFromArn, principalNames, type RequestPrincipal } from './principal.js';
import type { Tri } from './tri.js';
import { actionPatternMatches, equalsIgnoreCase, wildcardMatch } from './wildcard.js';

export interface ExposureScope {
  /** The account owning the resource. */
  readonly account: string;
  /** The organisation id, when known: `aws:PrincipalOrgID` equal to it keeps access inside. */
  readonly orgId?: string;
  /** The organisation's member accounts, when known: named accounts among them are not cross-organisation. */
  readonly orgAccounts?: readonly string[];
  /** Only statements covering one of these actions count (default: any action). */
  readonly actions?: readonly string[];
  /** The resource's ARN: a Deny whose Resource covers it (or the Allow's own Resource) can cancel an Allow. */
  readonly resource?: string;
  /**
   * Keys every request in question carries, whoever sends it: a service's own request facts,
   * such as `lambda:FunctionUrlAuthType` = `NONE` for calls through an unauthenticated function URL.
   * They override `CALLER_KEYS`.
   */
  readonly context?: Readonly<Record<string, KeyInput>>;
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

/**
 * Keys that say who is calling, from where or for which resource: an outsider cannot choose
 * their values. Global keys (IAM "AWS global condition context keys") plus the service keys
 * with the same meaning: SNS's `AWS:SourceOwner` (the topic owner in every default topic
 * policy), `kms:CallerAccount`, S3's access point keys (S3 "The meaning of public"). A
 * condition that fixes one of them to named values pins the statement; a wildcard value such
 * as `arn:aws:sns:*:*:*` or `vpce-*` pins nothing. Keys are compared case-insensitively.
 * `aws:username` is not one: it is a user's friendly name, which any account can give a user.
 */
export const CALLER_KEYS: readonly string[] = [
  'aws:PrincipalOrgID',
  'aws:PrincipalOrgPaths',
  'aws:PrincipalAccount',
  'aws:PrincipalArn',
  'aws:PrincipalServiceName',
  'aws:SourceAccount',
  'aws:SourceArn',
  'aws:SourceOrgID',
  'aws:SourceOrgPaths',
  'aws:SourceOwner',
  'aws:SourceVpce',
  'aws:SourceVpc',
  'aws:SourceIp',
  'aws:userid',
  'kms:CallerAccount',
  's3:DataAccessPointAccount',
  's3:DataAccessPointArn',
];

/** Keys a direct call always carries: its source address, and for KMS the caller's account. */
const ALWAYS_PRESENT = new Set(['aws:sourceip', 'kms:calleraccount']);
/** Keys every signed request carries: who the caller is. */
const SIGNED = new Set(['aws:principalaccount', 'aws:principalarn', 'aws:userid']);

type Variant = 'absent' | 'outside' | 'signed';

/**
 * The outsider's request, in one of three shapes: `absent` (from the internet, outside any
 * organisation, not through a service), `signed` (the same, signed by a principal of another
 * account, so its identity keys are present) or `outside` (through another account's VPC endpoint or
 * a service: every caller key present with a foreign value, except aws:SourceIp, which such requests lack).
 */
function outsider(variant: Variant, scope: ExposureScope, account?: string): RequestContext {
  const keys: Record<string, KeyInput> = {};
  for (const k of CALLER_KEYS) {
    const key = k.toLowerCase();
    // Through a VPC endpoint (the `outside` shape has a foreign aws:SourceVpce) a request carries no aws:SourceIp.
    const present = variant === 'outside' ? key !== 'aws:sourceip' : ALWAYS_PRESENT.has(key) || (variant === 'signed' && SIGNED.has(key));
    keys[k] = present ? 'outside' : null;
  }
  // An outsider is a person or workload, never an AWS service principal.
  keys['aws:PrincipalIsAWSService'] = 'false';
  if (account) {
    keys['aws:PrincipalAccount'] = account;
    keys['kms:CallerAccount'] = account;
    keys['aws:PrincipalArn'] = `arn:aws:iam::${account}:root`;
  }
  return withKeys(requestContext(keys), scope.context ?? {});
}

const VARIANTS: readonly Variant[] = ['absent', 'outside', 'signed'];

function names(s: PolicyStatement, p: RequestPrincipal): boolean {
  if (s.principal) return principalNames(s.principal, p);
  if (s.notPrincipal) return notPrincipalApplies(s.notPrincipal, p);
  return false;
}

const ANONYMOUS: RequestPrincipal = { kind: 'anonymous' };
const stranger = (account: string): RequestPrincipal => ({ kind: 'aws', account, arn: `arn:aws:iam::${account}:root` });
/** Two unrelated accounts: a statement naming both (and no account by id) names every account. */
const STRANGERS = [stranger('999999999999'), stranger('000000000001')];

/** A user, role or session ARN whose account is a wildcard: any account can create an entity of that name. */
const WILDCARD_ACCOUNT_ARN = /^arn:[^:]*:(?:iam|sts)::[^:]*[*?][^:]*:/;

/** The public callers a statement names: anonymous, or every AWS account (`*`, a wildcard account ARN, NotPrincipal). */
function publicCallers(s: PolicyStatement): RequestPrincipal[] {
  if (names(s, ANONYMOUS)) return [ANONYMOUS, STRANGERS[0]!];
  if (awsPrincipals(s.principal).some((v) => WILDCARD_ACCOUNT_ARN.test(v))) return [STRANGERS[0]!];
  return STRANGERS.every((p) => names(s, p)) ? [STRANGERS[0]!] : [];
}

const WILD = /[*?]/;

/** Whether pattern `d` matches everything pattern `a` matches (a literal `a` is the simple case). */
function patternCovers(d: string, a: string, ignoreCase: boolean): boolean {
  if (!WILD.test(a)) return wildcardMatch(d, a, ignoreCase);
  // `?` in `d` could match a wildcard of `a` that stands for more than one character.
  if (d.includes('?')) return ignoreCase ? equalsIgnoreCase(d, a) : d === a;
  return wildcardMatch(d, a, ignoreCase);
}

function denyCoversAction(d: PolicyStatement, a: string): boolean {
  if (d.action) return d.action.some((p) => patternCovers(p, a, true));
  // NotAction: certain only for a literal action none of its patterns exempts.
  if (d.notAction) return !WILD.test(a) && !d.notAction.some((p) => actionPatternMatches(p, a));
  return false;
}

/** Whether the Deny's Resource covers every resource the Allow names (the attached resource when it names none). */
function denyCoversResources(d: PolicyStatement, allow: PolicyStatement, resource: string | undefined): boolean {
  if (d.notResource) return false;
  if (!d.resource) return true;
  const wanted = allow.notResource ? ['*'] : (allow.resource ?? [resource ?? '*']);
  return wanted.every((r) => d.resource!.some((p) => patternCovers(p, r, false)));
}

/** The action units an Allow grants for this question: the asked actions it covers, else its own patterns. */
function grantedActions(s: PolicyStatement, actions: readonly string[] | undefined): string[] {
  if (actions) return actions.filter((a) => actionMatches(s, a));
  return s.action ? [...s.action] : ['*'];
}

/**
 * Whether the Allow reaches caller `p` for some granted action in some shape of the request:
 * its conditions can hold, and no Deny certainly applies to the same caller, action and resources.
 */
function reaches(
  doc: PolicyDocument,
  allow: PolicyStatement,
  p: RequestPrincipal,
  scope: ExposureScope,
  account?: string,
  variants: readonly Variant[] = VARIANTS,
): boolean {
  const denies = doc.statements.filter((d) => d.effect === 'Deny' && names(d, p) && denyCoversResources(d, allow, scope.resource));
  // An anonymous caller signs nothing.
  return variants.some((v) => {
    if (v === 'signed' && p.kind === 'anonymous') return false;
    const ctx = outsider(v, scope, account);
    // Unknown (requester-controlled) keys count as satisfiable for an Allow and uncertain for a Deny.
    if (evaluateConditions(allow.condition, ctx) === 'no') return false;
    return grantedActions(allow, scope.actions).some(
      (a) => !denies.some((d) => denyCoversAction(d, a) && evaluateConditions(d.condition, ctx) === 'yes'),
    );
  });
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

/**
 * Labels of the Allow statements that let service principal `service` use the resource on behalf
 * of a resource in any account: the service's request carries foreign `aws:SourceAccount` and
 * `aws:SourceArn` values, so only conditions fixing them (or another caller key) stop it. This is
 * the confused-deputy exposure AWS describes for services whose resource ARNs name no account (S3).
 */
export function unpinnedServiceStatements(doc: PolicyDocument, service: string, scope: ExposureScope): string[] {
  const p: RequestPrincipal = { kind: 'service', service };
  const asService = { ...scope, context: { 'aws:PrincipalIsAWSService': 'true', 'aws:PrincipalServiceName': service, ...scope.context } };
  return doc.statements
    .filter((s) => s.effect === 'Allow' && s.principal !== undefined && principalNames(s.principal, p))
    .filter((s) => grantedActions(s, scope.actions).length > 0 && reaches(doc, s, p, asService, undefined, ['outside']))
    .map((s) => label(doc, s));
}

export function resourceExposure(doc: PolicyDocument, scope: ExposureScope): Exposure {
  const publicStatements: string[] = [];
  const external = new Set<string>();
  let orgWide = false;
  let unknownOrgReach = false;
  const inOrg = (a: string) => scope.orgAccounts?.includes(a) ?? false;

  for (const s of doc.statements) {
    if (s.effect !== 'Allow' || grantedActions(s, scope.actions).length === 0) continue;
    const callers = publicCallers(s);
    if (callers.length > 0) {
      if (callers.some((p) => reaches(doc, s, p, scope))) {
        publicStatements.push(label(doc, s));
        continue;
      }
      // Not open to everyone: say who it is narrowed to.
      const pins = pinnedAccounts(s);
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
      if (reaches(doc, s, principalFromArn(v) ?? stranger(a), scope, a)) external.add(a);
    }
  }
  const externalAccounts = [...external].sort();
  const crossOrg = publicStatements.length > 0 || unknownOrgReach || externalAccounts.some((a) => !inOrg(a));
  return { public: publicStatements.length > 0, publicStatements, externalAccounts, crossOrg, orgWide };
}

/** Re-exported so checks can say how sure a verdict is. */
export type { Tri };
