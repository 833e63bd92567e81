/**
 * Azure test harness: the real SDK clients, with a replay HttpClient in place of the network.
 * Backoff for 5xx is 1 ms; Retry-After is honoured as sent (tests send 0, or use fake timers).
 */

import type { Check } from '../../../src/model/check.js';
import type { Fetched } from '../../../src/model/fetched.js';
import type { AnyKey, InventoryKey } from '../../../src/model/keys.js';
import type { Snapshot } from '../../../src/model/snapshot.js';
import { resolveCloud, staticTokenCredential } from '../../../src/providers/azure/credentials.js';
import { type ReplayClient, type ReplayRoutes, replayClient } from '../../../src/providers/azure/replay.js';
import { type AzureScanOptions, collectAzure } from '../../../src/providers/azure/scan.js';
import { needs as needsAws } from '../../support/aws.js';

export const SUB = '11111111-1111-1111-1111-111111111111';
export const SUB2 = '22222222-2222-2222-2222-222222222222';

/** A check that needs exactly these keys, to drive the planner. */
export function needs(...keys: AnyKey[]): Check {
  const check = needsAws(...keys);
  return { ...check, meta: { ...check.meta, id: 'test.azure.needs', provider: 'azure' } };
}

export interface AzureRun {
  snapshots: Snapshot[];
  http: ReplayClient;
}

/** Scan explicit subscriptions (default: SUB) with the given routes. */
export async function scanWith(routes: ReplayRoutes, checks: Check[] | AnyKey[], opts: Partial<AzureScanOptions> = {}): Promise<AzureRun> {
  const list = (checks as (Check | AnyKey)[]).every((c) => 'meta' in c) ? (checks as Check[]) : [needs(...(checks as AnyKey[]))];
  const http = replayClient(
    // Display names for explicit ids.
    Object.fromEntries(
      [SUB, SUB2].map((s) => [`GET /subscriptions/${s}`, { body: { subscriptionId: s, displayName: `sub-${s.slice(0, 4)}` } }]),
    ),
    routes,
  );
  const snapshots = await collectAzure(list, {
    credential: staticTokenCredential('test-token'),
    cloud: resolveCloud(undefined),
    httpClient: http,
    retryOptions: { retryDelayInMs: 1, maxRetryDelayInMs: 1 },
    subscriptions: [SUB],
    ...opts,
  });
  return { snapshots, http };
}

/** The collected value of a key in a snapshot (the Fetched result). */
export function resultOf<T>(snapshot: Snapshot, key: InventoryKey<T>): Fetched<T> {
  const e = snapshot.inventory[key.id]?.global;
  if (!e) throw new Error(`${key.id} was not collected`);
  return e.result as Fetched<T>;
}

/** The value of a key that must have been read. */
export function valueIn<T>(snapshot: Snapshot, key: InventoryKey<T>): T {
  const r = resultOf(snapshot, key);
  if (!r.ok) throw new Error(`${key.id} failed: ${r.error.message}`);
  return r.value;
}
