import { missingData } from '../../../model/fetched.js';
/**
 * One check over one subscription-wide list, optionally with one per-resource child answer
 * (a config, a setting list). The check file states the meta and the judgement; this handles
 * walking the list, resource refs, missing child data (an error naming the API, never a guess).
 */

import type { Check, CheckContext, CheckMeta, Finding } from '../../../model/check.js';
import type { FetchError } from '../../../model/fetched.js';
import type { InventoryKey, PerResource } from '../../../model/keys.js';
import type { ResourceRef } from '../../../model/resource.js';
import { errorFinding, fail, notApplicable, pass } from '../../check-kit.js';
import type { ArmSubResource } from '../arm-state.js';
import { azureResource, eachItem, lookupArm } from '../check-kit.js';

type Observed = Record<string, unknown>;

/** What a judgement says about one resource. */
export type Verdict =
  | { status: 'pass' | 'fail' | 'not_applicable'; id: string; message: string; observed?: Observed }
  | { status: 'error'; error: FetchError; what?: string };

export const ok = (id: string, message: string, observed: Observed = {}): Verdict => ({ status: 'pass', id, message, observed });
export const bad = (id: string, message: string, observed: Observed = {}): Verdict => ({ status: 'fail', id, message, observed });
export const skip = (id: string, message: string, observed: Observed = {}): Verdict => ({
  status: 'not_applicable',
  id,
  message,
  observed,
});

/** A field the verdict depends on is absent from an answer ARM always fills: an error, not a default. */
export function missing(api: string, action: string, message: string): Verdict {
  return { status: 'error', error: missingData(api, message, action) };
}

/** `pass` or `fail` on one boolean fact. */
export function either(good: boolean, pass: [string, string], fail: [string, string], observed: Observed = {}): Verdict {
  return good ? ok(pass[0], pass[1], observed) : bad(fail[0], fail[1], observed);
}

export function toFinding(resource: ResourceRef, v: Verdict): Finding {
  switch (v.status) {
    case 'pass':
      return pass(resource, v.id, v.message, v.observed);
    case 'fail':
      return fail(resource, v.id, v.message, v.observed);
    case 'not_applicable':
      return notApplicable(resource, v.id, v.message, v.observed);
    default:
      return errorFinding(resource, v.error, v.what);
  }
}

type Meta = Omit<CheckMeta, 'provider' | 'requires'>;

/** One finding per listed item. */
export function itemCheck<T extends ArmSubResource & { location?: string }>(
  meta: Meta,
  list: InventoryKey<T[]>,
  judge: (item: T, ctx: CheckContext) => Verdict,
  also: readonly InventoryKey<unknown>[] = [],
): Check {
  return {
    meta: { ...meta, provider: 'azure', requires: [list, ...also] },
    evaluate: (ctx) => eachItem(ctx, list, meta.resourceType, (item, resource) => toFinding(resource, judge(item, ctx))),
  };
}

/** One finding per listed item, judged with that item's entry in a per-resource key. */
export function childCheck<T extends ArmSubResource & { location?: string }, C>(
  meta: Meta,
  list: InventoryKey<T[]>,
  child: InventoryKey<PerResource<C>>,
  judge: (item: T, value: C, ctx: CheckContext) => Verdict,
  opts: { applies?: (item: T) => Verdict | null } = {},
): Check {
  return {
    meta: { ...meta, provider: 'azure', requires: [list, child] },
    evaluate: (ctx) =>
      eachItem(ctx, list, meta.resourceType, (item, resource) => {
        const before = opts.applies?.(item);
        if (before) return toFinding(resource, before);
        const got = lookupArm(ctx, child, item.id);
        return got.ok ? toFinding(resource, judge(item, got.value, ctx)) : errorFinding(resource, got.error);
      }),
  };
}

/** The subscription as one resource, judged from a whole list (e.g. "at least one exists"). */
export function subscriptionCheck<T>(meta: Meta, list: InventoryKey<T>, judge: (value: T, ctx: CheckContext) => Verdict): Check {
  return {
    meta: { ...meta, provider: 'azure', requires: [list] },
    evaluate: (ctx) => {
      const resource = subscriptionRef(ctx, meta.resourceType);
      const entry = ctx.snapshot.entry(list);
      if (!entry) return [errorFinding(resource, missingData(list.id, `inventory key ${list.id} is not in this snapshot`, 'n/a'))];
      if (!entry.result.ok) return [errorFinding(resource, entry.result.error)];
      return [toFinding(resource, judge(entry.result.value, ctx))];
    },
  };
}

/** The subscription, typed as the thing a subscription-level check judges. */
export function subscriptionRef(ctx: CheckContext, type: string): ResourceRef {
  const id = ctx.snapshot.account;
  return azureResource(ctx, type, { id: `/subscriptions/${id}`, name: ctx.snapshot.snapshot.account.alias ?? id, type });
}
