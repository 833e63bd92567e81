/**
 * The common shape of a data-service check: one finding per resource listed under a regional
 * key, each judged on its own. A region whose listing failed gives one error finding for the
 * region; a resource whose own read failed gives an error for that resource.
 */
import type { Check, CheckContext, CheckMeta, Finding } from '../../../model/check.js';
import type { Fetched } from '../../../model/fetched.js';
import type { InventoryKey, PerResource } from '../../../model/keys.js';
import type { ResourceRef } from '../../../model/resource.js';
import { accountResource, awsResource, errorFinding, readRegional } from '../../check-kit.js';

/** What every listed resource carries so findings can name it. */
export interface Named {
  arn: string;
  name: string;
}

type Meta = Omit<CheckMeta, 'provider'>;
type Judge<T> = (item: T, resource: ResourceRef, ctx: CheckContext, region: string) => Finding;

/** A check over a regional list whose items were read in one bulk call. */
export function eachResource<T extends Named>(meta: Meta, key: InventoryKey<readonly T[]>, judge: Judge<T>): Check {
  return {
    meta: { ...meta, provider: 'aws' },
    evaluate(ctx) {
      return readRegional(
        ctx,
        key,
        (region) => accountResource(ctx, meta.resourceType, region),
        (items, region) => items.map((item) => judge(item, awsResource(ctx, meta.resourceType, region, item.arn, item.name), ctx, region)),
      );
    },
  };
}

/**
 * A check over a regional per-resource key (one read per resource, keyed by name), where
 * `arnOf` names a resource whose read failed.
 */
export function eachEntry<T>(
  meta: Meta,
  key: InventoryKey<PerResource<T>>,
  arnOf: (ctx: CheckContext, region: string, name: string) => string,
  judge: Judge<T>,
): Check {
  return {
    meta: { ...meta, provider: 'aws' },
    evaluate(ctx) {
      return readRegional(
        ctx,
        key,
        (region) => accountResource(ctx, meta.resourceType, region),
        (entries, region) =>
          Object.entries(entries).map(([name, entry]: [string, Fetched<T>]) => {
            const resource = awsResource(ctx, meta.resourceType, region, arnOf(ctx, region, name), name);
            return entry.ok ? judge(entry.value, resource, ctx, region) : errorFinding(resource, entry.error);
          }),
      );
    },
  };
}

/** `arn:<partition>:<service>:<region>:<account>:<rest>` for the snapshot's account. */
export function arnIn(ctx: CheckContext, service: string, region: string, rest: string): string {
  return `arn:${ctx.snapshot.partition}:${service}:${region}:${ctx.snapshot.account}:${rest}`;
}
