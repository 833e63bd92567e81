/**
 * The one collect loop every provider runs: plan the keys the checks need, build the store
 * over the provider's collectors and context, collect each (key, scope) unit once, and hand
 * back the inventory. Providers add only what differs: their context, scopes and filters.
 */
import type { Collector, CollectorContextBase } from '../inventory/collector.js';
import { InventoryStore, type StoreHooks } from '../inventory/store.js';
import type { Check } from '../model/check.js';
import type { AnyKey } from '../model/keys.js';
import type { Provider } from '../model/resource.js';
import type { Snapshot } from '../model/snapshot.js';
import { withBoundedHeapGrowth } from './heap-growth.js';
import { requiredKeys } from './plan.js';

/** One key collected in one scope (a region, or GLOBAL). */
export interface CollectUnit {
  key: AnyKey;
  scope: string;
}

export interface CollectLoop<Extra extends object> {
  checks: readonly Check[];
  provider: Provider;
  collectors: readonly Collector<unknown, CollectorContextBase & Extra>[];
  /** The provider's part of every collector's context (clients, account, …). */
  extra: Extra;
  hooks: StoreHooks;
  /** Where global keys are collected. */
  homeRegion: string;
  /** The scopes one required key is collected in. */
  scopes(key: AnyKey): readonly string[];
  /** Which units this run collects (sharding, tenant-wide data); all when absent. */
  keep?(unit: CollectUnit, collector: Collector<unknown, CollectorContextBase & Extra>): boolean;
  /** Told the units once planned, before any call (progress). */
  planned?(units: readonly CollectUnit[]): void;
}

export async function collectInventoryLoop<Extra extends object>(run: CollectLoop<Extra>): Promise<Snapshot['inventory']> {
  const collectors = new Map(run.collectors.map((c) => [c.key.id, c]));
  const units = requiredKeys(run.checks, run.provider, collectors)
    .flatMap((key) => run.scopes(key).map((scope) => ({ key, scope })))
    .filter((u) => !run.keep || run.keep(u, collectors.get(u.key.id)!));
  run.planned?.(units);
  const store = new InventoryStore(collectors, run.extra, run.hooks, run.homeRegion);
  await withBoundedHeapGrowth(() => Promise.all(units.map((u) => store.entry(u.key, u.scope))));
  return store.inventory();
}
