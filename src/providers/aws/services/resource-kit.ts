/**
 * Iteration helpers shared by the service folders: one finding per listed
 * resource, an error finding for a region (or the account) whose listing could not be read.
 */
import type { CheckContext, Finding } from '../../../model/check.js';
import { GLOBAL, type InventoryKey, type PerResource } from '../../../model/keys.js';
import type { ResourceRef } from '../../../model/resource.js';
import { accountResource, awsResource, errorFinding, readGlobal, readRegional } from '../../check-kit.js';

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
