/**
 * Who can assume a role, read from its trust policy (IAM User Guide, "Roles terms and
 * concepts" and "How to use an external ID"):
 * - a wildcard principal that no fixed-value condition narrows lets ANY AWS account's
 *   principals assume it (whoever obtains credentials anywhere);
 * - a principal in another account may assume it; without a required `sts:ExternalId` the
 *   role is open to the confused-deputy problem when that account is a third party acting
 *   for several customers.
 * A statement requires the external id when it cannot apply to a request that carries none.
 */
import type { PolicyDocument, PolicyStatement } from '../iam-policy.js';
import { evaluateConditions } from './conditions.js';
import { requestContext } from './context.js';
import { actionMatches } from './evaluate.js';
import { resourceExposure } from './exposure.js';
import { accountOf } from './principal.js';

export interface TrustExposure {
  /** Any AWS account (or anyone) can assume the role. */
  readonly anyAccount: boolean;
  readonly anyAccountStatements: readonly string[];
  /** Other accounts named, and whether each must present an external id. */
  readonly externalAccounts: readonly { readonly account: string; readonly externalId: boolean }[];
}

const ASSUME = ['sts:AssumeRole'];

function requiresExternalId(s: PolicyStatement): boolean {
  return evaluateConditions(s.condition, requestContext({ 'sts:ExternalId': null })) === 'no';
}

function awsValues(s: PolicyStatement): string[] {
  const map = s.principal ?? {};
  const key = Object.keys(map).find((k) => k.toLowerCase() === 'aws');
  return key ? [...map[key]!] : [];
}

export function trustExposure(
  doc: PolicyDocument,
  scope: { account: string; orgId?: string; orgAccounts?: readonly string[] },
): TrustExposure {
  const exposure = resourceExposure(doc, { ...scope, actions: ASSUME });
  const perAccount = new Map<string, boolean>();
  for (const a of exposure.externalAccounts) perAccount.set(a, true);
  for (const s of doc.statements) {
    if (s.effect !== 'Allow' || !actionMatches(s, 'sts:AssumeRole')) continue;
    const named = awsValues(s)
      .map(accountOf)
      .filter((a): a is string => !!a && a !== scope.account);
    // Accounts pinned by conditions on a wildcard principal count too.
    const accounts = named.length ? named : awsValues(s).includes('*') ? exposure.externalAccounts : [];
    for (const a of accounts) if (perAccount.has(a) && !requiresExternalId(s)) perAccount.set(a, false);
  }
  const externalAccounts = [...perAccount.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([account, externalId]) => ({ account, externalId }));
  return { anyAccount: exposure.public, anyAccountStatements: exposure.publicStatements, externalAccounts };
}
