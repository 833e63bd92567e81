/** The two shapes every Azure collector takes: one list per subscription, or one call per listed parent. */
import type { ApiSpec } from '../../inventory/collector.js';
import type { InventoryKey, PerResource } from '../../model/keys.js';
import { GLOBAL } from '../../model/keys.js';
import type { AzureServiceId, ClientTypes } from './clients.js';
import type { AzureCollectContext, AzureCollector } from './context.js';
import { perArmResource, wireList } from './wire.js';

/** A subscription-wide list: drain the SDK's pages and turn each wire item into the inventory shape. */
export function listCollector<T, S extends AzureServiceId>(
  key: InventoryKey<T[]>,
  service: S,
  spec: ApiSpec,
  list: (client: ClientTypes[S], ctx: AzureCollectContext) => AsyncIterable<unknown> | Promise<unknown>,
  toItem: (raw: unknown) => T,
): AzureCollector<T[]> {
  return {
    key,
    service,
    apis: [spec],
    async collect(ctx) {
      const client = await ctx.client(service);
      return (await wireList(ctx, spec, () => list(client, ctx))).map(toItem);
    },
  };
}

export interface ChildSpec<P extends { id: string }, T, S extends AzureServiceId> {
  key: InventoryKey<PerResource<T>>;
  service: S;
  spec: ApiSpec;
  parent: InventoryKey<P[]>;
  /** Parents to ask about (default: all). */
  select?: (parent: P) => boolean;
  fetch: (client: ClientTypes[S], at: { resourceGroup: string; name: string }, parent: P, ctx: AzureCollectContext) => Promise<T>;
}

/** One call per listed parent, keyed by the parent's ARM id; each failure stays on its parent. */
export function childCollector<P extends { id: string }, T, S extends AzureServiceId>(
  c: ChildSpec<P, T, S>,
): AzureCollector<PerResource<T>> {
  return {
    key: c.key,
    service: c.service,
    apis: [c.spec],
    dependsOn: [c.parent],
    async collect(ctx) {
      const client = await ctx.client(c.service);
      const parents = (await ctx.need(c.parent, GLOBAL)).filter(c.select ?? (() => true));
      return perArmResource(ctx, parents, c.spec, (p, at) => c.fetch(client, at, p, ctx));
    },
  };
}
