import { GLOBAL } from '../../model/keys.js';
import { perArmResource, wireList } from './wire.js';
/** A subscription-wide list: drain the SDK's pages and turn each wire item into the inventory shape. */
export function listCollector(key, service, spec, list, toItem) {
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
/** One call per listed parent, keyed by the parent's ARM id; each failure stays on its parent. */
export function childCollector(c) {
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
