/**
 * Collectors for service folders that read ARM through the generic `arm` client: one list per
 * subscription, or one GET/list per listed parent. Each keeps only the fields its `Shape` names.
 */
import { type ApiSpec, api } from '../../../inventory/collector.js';
import type { InventoryKey, PerResource } from '../../../model/keys.js';
import type { ArmRestClient } from '../arm-rest.js';
import { childCollector, listCollector } from '../collect-kit.js';
import type { AzureCollectContext, AzureCollector } from '../context.js';
import { project, type Shape, wireGet, wireList } from '../wire.js';

/** `Microsoft.Web/sites` → the list API and its RBAC read action. */
export function listApi(type: string): ApiSpec {
  return api(`${type}:list`, `${type}/read`);
}

/** `Microsoft.Web/sites/config` → the get API and its RBAC read action. */
export function getApi(type: string, action = `${type}/read`): ApiSpec {
  return api(`${type}:get`, action);
}

/** A subscription-wide list of one resource type at `/subscriptions/{id}/providers/{type}`. */
export function armList<T>(
  key: InventoryKey<T[]>,
  type: string,
  apiVersion: string,
  shape: Shape<T>,
  finish: (item: T) => T = (item) => item,
): AzureCollector<T[]> {
  return listCollector(
    key,
    'arm',
    listApi(type),
    (c, ctx) => c.list(`/subscriptions/${ctx.subscriptionId}/providers/${type}`, apiVersion),
    (raw) => finish(project(raw, shape)),
  );
}

export interface ArmChildSpec<P extends { id: string }, T> {
  key: InventoryKey<PerResource<T>>;
  parent: InventoryKey<P[]>;
  spec: ApiSpec;
  /** Path under the parent's ARM id, e.g. `/config/web`. */
  suffix?: string;
  /** Or the whole path from the parent (e.g. another resource the parent names). */
  path?: (parent: P) => string;
  /** Keep only the listed items the checks read (e.g. a few of several hundred server parameters). */
  keep?: (raw: { name?: unknown }) => boolean;
  apiVersion: string;
  shape: Shape<T extends (infer E)[] ? E : T>;
  /** `list` drains a paged collection; `get` reads one object. */
  read: 'get' | 'list';
  select?: (parent: P) => boolean;
}

/** One call per listed parent, keyed by the parent's ARM id; a failure stays on its parent. */
export function armChild<P extends { id: string }, T>(c: ArmChildSpec<P, T>): AzureCollector<PerResource<T>> {
  // Several parents can name one child (Databricks workspaces sharing a VNet): one read per path
  // and collection run, however many parents point at it.
  const reads = new WeakMap<object, Map<string, Promise<T>>>();
  return childCollector({
    key: c.key,
    service: 'arm',
    spec: c.spec,
    parent: c.parent,
    ...(c.select ? { select: c.select } : {}),
    fetch: (client, _at, parent, ctx) => {
      const path = c.path ? c.path(parent) : `${parent.id}${c.suffix ?? ''}`;
      let byPath = reads.get(ctx);
      if (!byPath) reads.set(ctx, (byPath = new Map()));
      let read = byPath.get(path.toLowerCase());
      if (!read) {
        read = readChild(client, ctx, path);
        byPath.set(path.toLowerCase(), read);
      }
      return read;
    },
  });

  async function readChild(client: ArmRestClient, ctx: AzureCollectContext, path: string): Promise<T> {
    if (c.read === 'list') {
      const all = await wireList(ctx, c.spec, () => client.list(path, c.apiVersion));
      const items = c.keep ? all.filter((i) => c.keep!(i as { name?: unknown })) : all;
      return items.map((i) => project(i, c.shape as Shape<unknown>)) as T;
    }
    return project(await wireGet(() => client.get(path, c.apiVersion)), c.shape as Shape<unknown>) as T;
  }
}
