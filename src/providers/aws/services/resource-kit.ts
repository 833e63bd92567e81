/**
 * Iteration and policy helpers shared by the service folders: one finding per listed
 * resource, an error finding for a region (or the account) whose listing could not be read.
 */
import type { CheckContext, Finding } from '../../../model/check.js';
import { GLOBAL, type InventoryKey, type PerResource } from '../../../model/keys.js';
import type { ResourceRef } from '../../../model/resource.js';
import { accountResource, awsResource, errorFinding, fail, pass, readGlobal, readRegional } from '../../check-kit.js';
import { allowsEveryone, conditionValues, type PolicyDocument, type PolicyStatement } from '../iam-policy.js';

/** What every listed resource in a service's state carries. */
export interface Named {
  arn: string;
  name: string;
}

type Judge<T> = (item: T, resource: ResourceRef, region: string) => Finding | Finding[];

/** One call of `judge` per resource of a regional list key, in every scanned region. */
export function eachRegional<T extends Named>(
  ctx: CheckContext,
  key: InventoryKey<readonly T[]>,
  type: string,
  judge: Judge<T>,
): Finding[] {
  return readRegional(
    ctx,
    key,
    (region) => accountResource(ctx, type, region),
    (items, region) => items.flatMap((item) => judge(item, awsResource(ctx, type, region, item.arn, item.name), region)),
  );
}

/**
 * The same for a regional key of resources described one by one (list, then a describe call
 * each): a resource whose describe call failed gets an error finding under `arnOf(id)`.
 */
export function eachDescribed<T extends Named>(
  ctx: CheckContext,
  key: InventoryKey<PerResource<T>>,
  type: string,
  arnOf: (id: string, region: string) => string,
  judge: Judge<T>,
): Finding[] {
  return readRegional(
    ctx,
    key,
    (region) => accountResource(ctx, type, region),
    (items, region) =>
      Object.entries(items).flatMap(([id, item]) =>
        item.ok
          ? judge(item.value, awsResource(ctx, type, region, item.value.arn, item.value.name), region)
          : [errorFinding(awsResource(ctx, type, region, arnOf(id, region), id), item.error)],
      ),
  );
}

/** The same for a global (account-wide) list key, such as CloudFront distributions. */
export function eachGlobal<T extends Named>(ctx: CheckContext, key: InventoryKey<readonly T[]>, type: string, judge: Judge<T>): Finding[] {
  return readGlobal(ctx, key, accountResource(ctx, type), (items) =>
    items.flatMap((item) => judge(item, awsResource(ctx, type, GLOBAL, item.arn, item.name), GLOBAL)),
  );
}

/**
 * A service-specific condition key that, with exact 12-digit account ids under a limiting
 * operator, pins a wildcard principal to known accounts (SNS writes `AWS:SourceOwner` into
 * every default topic policy). The shared helper knows only the global `aws:` keys.
 */
function accountPinned(s: PolicyStatement, keys: readonly string[]): boolean {
  for (const op of ['StringEquals', 'StringEqualsIgnoreCase', 'StringLike', 'ForAnyValue:StringEquals', 'ForAnyValue:StringLike']) {
    for (const key of keys) {
      const values = conditionValues(s, op, key);
      if (values?.length && values.every((v) => /^\d{12}$/.test(v))) return true;
    }
  }
  return false;
}

/** Allow statements open to any principal in any account. */
export function openStatements(doc: PolicyDocument, accountKeys: readonly string[] = []): PolicyStatement[] {
  return doc.statements.filter((s) => allowsEveryone(s) && !accountPinned(s, accountKeys));
}

/** How a statement is named in findings: its Sid, else its position. */
export function statementName(doc: PolicyDocument, s: PolicyStatement): string {
  return s.sid || `Statement[${doc.statements.indexOf(s)}]`;
}

/**
 * Pass or fail for a resource policy: fails when an Allow statement is open to everyone
 * without a pinning condition. `null` means the resource has no policy, which grants nothing.
 */
export function policyFinding(
  resource: ResourceRef,
  what: string,
  doc: PolicyDocument | null,
  accountKeys: readonly string[] = [],
): Finding {
  if (!doc)
    return pass(resource, 'policy-none', `${what} has no resource policy, so it grants nothing to other principals.`, { policy: false });
  const open = openStatements(doc, accountKeys).map((s) => statementName(doc, s));
  return open.length === 0
    ? pass(resource, 'policy-not-public', `${what}'s policy grants nothing to everyone.`, { policy: true, publicStatements: [] })
    : fail(resource, 'policy-public', `${what}'s policy lets any principal in any account use ${open.join(', ')}.`, {
        policy: true,
        publicStatements: open,
      });
}
