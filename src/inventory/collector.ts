import { type FetchError, type Fetched, failed } from '../model/fetched.js';
import type { AnyKey, InventoryKey } from '../model/keys.js';
import { redactText } from '../redaction/secret-patterns.js';

/** One API operation a collector may call, and the IAM actions it needs. */
export interface ApiSpec {
  /** `service:Operation`, as counted in run metadata. */
  api: string;
  /** IAM actions required; usually one, sometimes differently named from the API. */
  actions: readonly string[];
}

export function api(name: string, ...actions: string[]): ApiSpec {
  return { api: name, actions: actions.length ? actions : [name] };
}

/** What a collector can do besides calling its SDK client. */
export interface CollectorContextBase {
  /** Read another key (memoised: never fetched twice). */
  get<T>(key: InventoryKey<T>, region: string): Promise<Fetched<T>>;
  /** Read another key and fail this one with the same error if it failed. */
  need<T>(key: InventoryKey<T>, region: string): Promise<T>;
  /** Run a call whose failure fails the whole key; tags the error with its API. */
  call<T>(spec: ApiSpec, fn: () => Promise<T>): Promise<T>;
  /**
   * Run a per-resource call and keep its failure as data. Error codes in `notConfigured`
   * mean "feature not set up" and become `ok(null)`.
   */
  attempt<T>(spec: ApiSpec, fn: () => Promise<T>, notConfigured?: readonly string[]): Promise<Fetched<T | null>>;
}

export interface Collector<T, Ctx extends CollectorContextBase = CollectorContextBase> {
  key: InventoryKey<T>;
  /** Pool name, e.g. `s3`. */
  service: string;
  apis: readonly ApiSpec[];
  dependsOn?: readonly AnyKey[];
  collect(ctx: Ctx, region: string): Promise<T>;
}

/** Thrown by `need` so a dependent key inherits the original error (API, action, kind). */
export class DependencyFailed extends Error {
  constructor(readonly error: FetchError) {
    super(error.message);
    this.name = 'DependencyFailed';
  }
}

/**
 * Per-resource calls started at once by one key. The pools bound how many are in flight;
 * this bounds how many are *started*: an SDK `send` builds its request and middleware chain
 * before it queues for a pool slot, so fanning out over 10,000 buckets at once held 10,000
 * of them in memory. A window comfortably above the pools' widths keeps the pools full.
 */
export const PER_RESOURCE_WINDOW = 32;

/** One call per resource, results keyed by id. Each failure stays on its resource. */
export async function perResource<T, R>(
  items: readonly T[],
  idOf: (item: T) => string,
  fn: (item: T) => Promise<Fetched<R>>,
): Promise<Record<string, Fetched<R>>> {
  // A Map while calls finish in any order: an object keyed by thousands of ids added out of
  // order would build a hidden class per key.
  const out = new Map<T, Fetched<R>>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++]!;
      out.set(item, await fn(item));
    }
  };
  await Promise.all(Array.from({ length: Math.min(PER_RESOURCE_WINDOW, items.length) }, worker));
  // Keys in input order, as before, so snapshots stay byte-for-byte stable.
  return Object.fromEntries(items.map((item) => [idOf(item), out.get(item)!]));
}

/** An answer that came back but cannot be read as a fact (a missing field, a malformed document). */
export function unreadable(spec: ApiSpec, message: string): Fetched<never> {
  return failed({ kind: 'unknown', api: spec.api, action: spec.actions.join(', '), message: redactText(message) });
}
