import { failed, type FetchError, type Fetched } from './fetched.js';
import type { AnyKey, InventoryKey } from './keys.js';

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
 * One call per resource, results keyed by id. Each failure stays on its resource; the
 * pools bound how many run at once, so fanning out over thousands is fine.
 */
export async function perResource<T, R>(
  items: readonly T[],
  idOf: (item: T) => string,
  fn: (item: T) => Promise<Fetched<R>>,
): Promise<Record<string, Fetched<R>>> {
  return Object.fromEntries(await Promise.all(items.map(async (item) => [idOf(item), await fn(item)] as const)));
}

/** An answer that came back but cannot be read as a fact (a missing field, a malformed document). */
export function unreadable(spec: ApiSpec, message: string): Fetched<never> {
  return failed({ kind: 'unknown', api: spec.api, action: spec.actions.join(', '), message });
}
