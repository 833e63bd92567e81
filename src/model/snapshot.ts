import type { Fetched } from './fetched.js';
import { GLOBAL, type InventoryKey } from './keys.js';
import type { Provider } from './resource.js';

export const SNAPSHOT_SCHEMA = 'annexa.snapshot/v1';
/** Several accounts or subscriptions in one file, e.g. an organisation scan. */
export const SNAPSHOT_SET_SCHEMA = 'annexa.snapshots/v1';

/** One collected inventory value with its provenance. */
export interface InventoryEntry<T = unknown> {
  result: Fetched<T>;
  /** ISO timestamp when the collector finished. */
  collectedAt: string;
  /** API operations that produced it, e.g. `s3:ListBuckets`. */
  apis: string[];
}

export interface ApiCallStats {
  calls: number;
  /** HTTP attempts including retries. */
  attempts: number;
  throttles: number;
  errors: number;
  retryDelayMs: number;
  /** Time spent waiting for rate-limit tokens (absent in snapshots from before rate limiting; read as 0). */
  rateWaitMs: number;
}

export interface Snapshot {
  schema: typeof SNAPSHOT_SCHEMA;
  provider: Provider;
  account: { id: string; partition: string; alias?: string };
  homeRegion: string;
  regions: string[];
  startedAt: string;
  finishedAt: string;
  /** inventory[keyId][region | 'global'] */
  inventory: Record<string, Record<string, InventoryEntry>>;
  apiCalls: Record<string, ApiCallStats>;
  /** Problems outside any single key, e.g. region discovery failing. */
  notes: string[];
}

export interface SnapshotSet {
  schema: typeof SNAPSHOT_SET_SCHEMA;
  snapshots: Snapshot[];
}

/** Read-only access to a snapshot for checks. */
export class SnapshotView {
  constructor(readonly snapshot: Snapshot) {}

  get account(): string {
    return this.snapshot.account.id;
  }

  get partition(): string {
    return this.snapshot.account.partition;
  }

  get regions(): readonly string[] {
    return this.snapshot.regions;
  }

  /** Undefined when the key was never collected (e.g. a snapshot saved for other checks). */
  entry<T>(key: InventoryKey<T>, region?: string): InventoryEntry<T> | undefined {
    const scope = key.scope === 'global' ? GLOBAL : region;
    if (scope === undefined) throw new Error(`regional key ${key.id} read without a region`);
    return this.snapshot.inventory[key.id]?.[scope] as InventoryEntry<T> | undefined;
  }
}
