import { requiredKeys } from '../../engine/plan.js';
import { InputError } from '../../errors.js';
import { ApiStats, sumApiStats } from '../../inventory/api-stats.js';
import { api, type Collector } from '../../inventory/collector.js';
import { Pools } from '../../inventory/pools.js';
import { InventoryStore } from '../../inventory/store.js';
import type { Check } from '../../model/check.js';
import { describeFetchError } from '../../model/fetched.js';
import { GLOBAL } from '../../model/keys.js';
import { SNAPSHOT_SCHEMA, type Snapshot } from '../../model/snapshot.js';
import { normalLocation } from './arm-state.js';
import { AZURE_POOL_LIMITS, type AzureClientOptions, AzureClients } from './clients.js';
import { AZURE_COLLECTORS } from './collectors.js';
import type { AzureExtra } from './context.js';
import { checkCredential } from './credentials.js';
import { classify, errorCode, tagError } from './errors.js';

export interface AzureScanOptions extends AzureClientOptions {
  /** Subscription ids, or `all` (every subscription the credential can see). Default `all`. */
  subscriptions?: readonly string[] | 'all';
  /** Scan the subscriptions under this management group (at any depth) instead. */
  managementGroup?: string;
  /** Global bound on API calls in flight. */
  concurrency?: number;
  collectors?: readonly Collector<unknown, never>[];
  /** Sharding: which of the discovered subscriptions this process collects; all when absent. */
  subscriptionFilter?: (subscriptionId: string) => boolean;
}

interface Target {
  id: string;
  displayName?: string;
}

/** Calls the scan makes outside collectors: finding the subscriptions. */
export const DISCOVERY_APIS = [
  api('Microsoft.Resources/subscriptions:list', 'Microsoft.Resources/subscriptions/read'),
  api('Microsoft.Resources/subscriptions:get', 'Microsoft.Resources/subscriptions/read'),
  api('Microsoft.Management/managementGroups/descendants:list', 'Microsoft.Management/managementGroups/descendants/read'),
] as const;
const [LIST_SUBSCRIPTIONS, GET_SUBSCRIPTION, LIST_DESCENDANTS] = DISCOVERY_APIS;

/** Tenant-level calls (no subscription yet) share one pool slot name. */
const TENANT = 'tenant';

function failure(err: unknown, spec: typeof LIST_SUBSCRIPTIONS): string {
  return describeFetchError(classify(err, spec));
}

async function discover(opts: AzureScanOptions, clients: AzureClients): Promise<Target[]> {
  if (opts.managementGroup) {
    const mg = await clients.get('managementGroups', TENANT);
    const out: Target[] = [];
    try {
      for await (const d of mg.managementGroups.listDescendants(opts.managementGroup)) {
        // Descendants are groups and subscriptions at every depth; only subscriptions are scanned.
        if (d.name && /\/subscriptions$/i.test(d.type ?? ''))
          out.push({ id: d.name, ...(d.displayName ? { displayName: d.displayName } : {}) });
      }
    } catch (err) {
      throw new InputError('--management-group', `cannot list "${opts.managementGroup}": ${failure(err, LIST_DESCENDANTS)}`);
    }
    if (out.length === 0) throw new InputError('--management-group', `"${opts.managementGroup}" holds no subscriptions`);
    return out;
  }
  if (opts.subscriptions === undefined || opts.subscriptions === 'all') {
    const client = await clients.get('subscriptions', TENANT);
    const out: Target[] = [];
    try {
      for await (const s of client.subscriptions.list()) {
        if (s.subscriptionId) out.push({ id: s.subscriptionId, ...(s.displayName ? { displayName: s.displayName } : {}) });
      }
    } catch (err) {
      throw new InputError('--subscriptions', `cannot list subscriptions: ${failure(err, LIST_SUBSCRIPTIONS)}`);
    }
    if (out.length === 0)
      throw new InputError('--subscriptions', 'the credential can see no subscriptions; grant it Reader on one, or pass ids');
    return out;
  }
  return opts.subscriptions.map((id) => ({ id }));
}

/** Sorted distinct locations of everything collected, or `global` when nothing has one. */
export function locationsSeen(inventory: Snapshot['inventory']): string[] {
  const seen = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if (typeof o.location === 'string' && o.location && normalLocation(o.location) !== GLOBAL) seen.add(normalLocation(o.location));
    // Per-resource keys hold Fetched values; only what was read counts.
    if (o.ok === false) return;
    for (const [k, x] of Object.entries(o)) if (k !== 'properties') walk(x);
  };
  for (const scopes of Object.values(inventory)) for (const e of Object.values(scopes)) if (e.result.ok) walk(e.result.value);
  return seen.size ? [...seen].sort() : [GLOBAL];
}

/**
 * Microsoft Graph data (Entra ID) is tenant-wide, not per subscription: its collectors (service
 * `graph`) run once, in the snapshot of the tenant's first subscription by id (of all discovered,
 * before sharding, so exactly one shard holds it). Entra checks report from that snapshot only.
 */
export const TENANT_WIDE_SERVICE = 'graph';

async function collectSubscription(
  checks: readonly Check[],
  target: Target,
  opts: AzureScanOptions,
  pools: Pools,
  holdsTenant: boolean,
): Promise<Snapshot> {
  const startedAt = new Date().toISOString();
  const stats = new ApiStats();
  const clients = new AzureClients(opts, stats, pools);
  const notes: string[] = [];
  let alias = target.displayName;
  if (alias === undefined) {
    try {
      const client = await clients.get('subscriptions', target.id);
      alias = (await client.subscriptions.get(target.id)).displayName;
    } catch (err) {
      // Keep going: each key then fails with its own error, naming its own permission.
      notes.push(`Subscription ${target.id} details unreadable (${failure(err, GET_SUBSCRIPTION)}); scanned it anyway`);
    }
  }

  const collectors = new Map((opts.collectors ?? AZURE_COLLECTORS).map((c) => [c.key.id, c])) as ReadonlyMap<
    string,
    Collector<unknown, never>
  >;
  const keys = requiredKeys(checks, 'azure', collectors).filter(
    (k) => holdsTenant || collectors.get(k.id)?.service !== TENANT_WIDE_SERVICE,
  );
  const extra: AzureExtra = { subscriptionId: target.id, client: (service) => clients.get(service, target.id) };
  const store = new InventoryStore(collectors as never, extra, { classify, tag: tagError, errorCode }, GLOBAL);
  // Every Azure key is subscription-wide: one unit per key.
  await Promise.all(keys.map((k) => store.entry(k, GLOBAL)));
  const inventory = store.inventory();

  return {
    schema: SNAPSHOT_SCHEMA,
    provider: 'azure',
    account: { id: target.id, partition: opts.cloud.name, ...(alias ? { alias } : {}) },
    homeRegion: GLOBAL,
    regions: locationsSeen(inventory),
    startedAt,
    finishedAt: new Date().toISOString(),
    inventory,
    apiCalls: stats.toJSON(),
    notes,
  };
}

/**
 * Collect what the Azure checks need from each subscription into one snapshot apiece.
 * Subscriptions run side by side under shared pools; one that is denied yields a snapshot
 * of errors and never stops the others.
 */
export async function collectAzure(checks: readonly Check[], opts: AzureScanOptions): Promise<Snapshot[]> {
  await checkCredential(opts.credential, opts.cloud);
  const pools = new Pools({ ...AZURE_POOL_LIMITS, ...(opts.concurrency ? { global: opts.concurrency } : {}) });
  const tenantStats = new ApiStats();
  const targets = await discover(opts, new AzureClients(opts, tenantStats, pools));
  const all = [...new Map(targets.map((t) => [t.id.toLowerCase(), t])).values()].sort((a, b) => a.id.localeCompare(b.id));
  const tenantHolder = all[0]?.id;
  const unique = all.filter((t) => !opts.subscriptionFilter || opts.subscriptionFilter(t.id));
  const snapshots = await Promise.all(unique.map((t) => collectSubscription(checks, t, opts, pools, t.id === tenantHolder)));
  // Discovery is tenant-wide; its calls are counted once, on the first subscription.
  const tenantCalls = tenantStats.toJSON();
  if (snapshots[0] && Object.keys(tenantCalls).length)
    snapshots[0] = { ...snapshots[0], apiCalls: sumApiStats(snapshots[0].apiCalls, tenantCalls) };
  return snapshots;
}
