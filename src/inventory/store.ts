import { type FetchError, type Fetched, failed, ok } from '../model/fetched.js';
import { GLOBAL, type InventoryKey } from '../model/keys.js';
import type { InventoryEntry } from '../model/snapshot.js';
import { type ApiSpec, type Collector, type CollectorContextBase, DependencyFailed } from './collector.js';
import { Interner } from './compact.js';

export interface StoreHooks {
  classify(err: unknown, fallback: ApiSpec): FetchError;
  tag(err: unknown, spec: ApiSpec): unknown;
  errorCode(err: unknown): string | undefined;
  /** Told when a key finishes (for progress). */
  onDone?(keyId: string, scope: string): void;
}

/**
 * Memoises one in-flight promise per key and scope, so however many checks or other
 * collectors ask for `aws.s3.buckets`, ListBuckets runs once.
 */
export class InventoryStore<Extra extends object> {
  private readonly memo = new Map<string, Promise<InventoryEntry>>();
  private readonly done: Record<string, Record<string, InventoryEntry>> = {};

  constructor(
    private readonly collectors: ReadonlyMap<string, Collector<unknown, CollectorContextBase & Extra>>,
    private readonly extra: Extra,
    private readonly hooks: StoreHooks,
    private readonly homeRegion: string,
  ) {}

  async get<T>(key: InventoryKey<T>, region: string): Promise<Fetched<T>> {
    return (await this.entry(key, region)).result as Fetched<T>;
  }

  entry<T>(key: InventoryKey<T>, region: string): Promise<InventoryEntry> {
    const scope = key.scope === 'global' ? GLOBAL : region;
    const memoKey = `${key.id}@${scope}`;
    let p = this.memo.get(memoKey);
    if (!p) {
      p = this.run(key.id, scope);
      this.memo.set(memoKey, p);
    }
    return p;
  }

  /** Everything collected so far, in the snapshot's shape. */
  inventory(): Record<string, Record<string, InventoryEntry>> {
    const sorted: Record<string, Record<string, InventoryEntry>> = {};
    for (const key of Object.keys(this.done).sort()) {
      const scopes = this.done[key]!;
      sorted[key] = Object.fromEntries(
        Object.keys(scopes)
          .sort()
          .map((s) => [s, scopes[s]!]),
      );
    }
    return sorted;
  }

  private async run(keyId: string, scope: string): Promise<InventoryEntry> {
    const collector = this.collectors.get(keyId);
    if (!collector) throw new Error(`no collector for inventory key ${keyId}`);
    const region = scope === GLOBAL ? this.homeRegion : scope;
    const fallback = collector.apis[0] ?? { api: keyId, actions: [] };
    let result: Fetched<unknown>;
    try {
      // Strings an SDK parser sliced from a response body keep the whole body alive: each
      // collected value holds its own copies, one per distinct string (see `Interner`).
      result = ok(new Interner().ownStrings(await collector.collect(this.contextFor(), region)));
    } catch (err) {
      result = failed(err instanceof DependencyFailed ? err.error : this.hooks.classify(err, fallback));
    }
    const entry: InventoryEntry = { result, collectedAt: new Date().toISOString(), apis: collector.apis.map((a) => a.api) };
    (this.done[keyId] ??= {})[scope] = entry;
    this.hooks.onDone?.(keyId, scope);
    return entry;
  }

  private contextFor(): CollectorContextBase & Extra {
    const { hooks } = this;
    const base: CollectorContextBase = {
      get: (key, region) => this.get(key, region),
      need: async (key, region) => {
        const res = await this.get(key, region);
        if (!res.ok) throw new DependencyFailed(res.error);
        return res.value;
      },
      call: async (spec, fn) => {
        try {
          return await fn();
        } catch (err) {
          throw hooks.tag(err, spec);
        }
      },
      attempt: async <T>(spec: ApiSpec, fn: () => Promise<T>, notConfigured: readonly string[] = []) => {
        try {
          return ok<T | null>(await fn());
        } catch (err) {
          const code = hooks.errorCode(err);
          if (code && notConfigured.includes(code)) return ok<T | null>(null);
          return failed<T | null>(hooks.classify(err, spec));
        }
      },
    };
    return { ...base, ...this.extra };
  }
}
