/** Builders for check tests: small literal snapshots, no mocks. */

import type { Check, Finding } from '../../src/model/check.js';
import type { FetchError, FetchErrorKind, Fetched } from '../../src/model/fetched.js';
import { GLOBAL, type InventoryKey } from '../../src/model/keys.js';
import { type CheckParams, DEFAULT_PARAMS } from '../../src/model/params.js';
import type { Provider } from '../../src/model/resource.js';
import { type InventoryEntry, SNAPSHOT_SCHEMA, type Snapshot, SnapshotView } from '../../src/model/snapshot.js';

export const ACCOUNT = '111122223333';
/** The subscription of Azure test snapshots. */
export const SUBSCRIPTION = '00000000-0000-4000-8000-000000000001';
export const NOW = '2026-11-01T12:00:00.000Z';

export function ok<T>(value: T): Fetched<T> {
  return { ok: true, value };
}

export function fetchError(kind: FetchErrorKind = 'denied', api = 'svc:Operation', action = api): FetchError {
  const code = {
    denied: 'AccessDenied',
    throttled: 'ThrottlingException',
    unsupported: 'OptInRequired',
    not_found: 'NoSuchEntity',
    timeout: 'TimeoutError',
    unknown: 'InternalError',
  }[kind];
  return { kind, api, action, code, message: `${code} from test` };
}

export function denied<T = never>(api = 'svc:Operation', action = api): Fetched<T> {
  return { ok: false, error: fetchError('denied', api, action) };
}

export function throttled<T = never>(api = 'svc:Operation'): Fetched<T> {
  return { ok: false, error: fetchError('throttled', api) };
}

type Value<T> = T | Fetched<T>;
function isFetched(v: unknown): v is Fetched<unknown> {
  return (
    typeof v === 'object' && v !== null && 'ok' in v && typeof (v as { ok: unknown }).ok === 'boolean' && ('value' in v || 'error' in v)
  );
}

/** A snapshot under construction: `.global(KEY, value)` and `.regional(KEY, region, value)`. */
export class SnapshotBuilder {
  private readonly snap: Snapshot;

  constructor(regions: string[] = ['us-east-1'], provider: Provider = 'aws') {
    const azure = provider === 'azure';
    this.snap = {
      schema: SNAPSHOT_SCHEMA,
      provider,
      // An Azure snapshot is one subscription; its keys are all subscription-wide.
      account: azure ? { id: SUBSCRIPTION, partition: 'AzureCloud', alias: 'Test subscription' } : { id: ACCOUNT, partition: 'aws' },
      homeRegion: azure ? GLOBAL : 'us-east-1',
      regions,
      startedAt: NOW,
      finishedAt: NOW,
      inventory: {},
      apiCalls: {},
      notes: [],
    };
  }

  private put(id: string, scope: string, v: unknown): this {
    const entry: InventoryEntry = { result: isFetched(v) ? v : { ok: true, value: v }, collectedAt: NOW, apis: [`test:${id}`] };
    (this.snap.inventory[id] ??= {})[scope] = entry;
    return this;
  }

  global<T>(key: InventoryKey<T>, value: Value<T>): this {
    return this.put(key.id, GLOBAL, value);
  }

  regional<T>(key: InventoryKey<T>, region: string, value: Value<T>): this {
    return this.put(key.id, region, value);
  }

  /** Same value in every region of the snapshot. */
  everyRegion<T>(key: InventoryKey<T>, value: Value<T>): this {
    for (const r of this.snap.regions) this.put(key.id, r, value);
    return this;
  }

  build(): Snapshot {
    return structuredClone(this.snap);
  }
}

export function snapshot(regions?: string[]): SnapshotBuilder {
  return new SnapshotBuilder(regions);
}

/** An Azure subscription snapshot; fill it with `.global(KEY, value)`. */
export function azureSnapshot(): SnapshotBuilder {
  return new SnapshotBuilder([GLOBAL], 'azure');
}

export function run(
  check: Check,
  snap: Snapshot | SnapshotBuilder,
  params: Partial<CheckParams> = {},
  serviceParams?: Readonly<Record<string, unknown>>,
): Finding[] {
  const s = snap instanceof SnapshotBuilder ? snap.build() : snap;
  return check.evaluate({
    snapshot: new SnapshotView(s),
    params: { ...DEFAULT_PARAMS, ...params },
    now: new Date(s.finishedAt),
    ...(serviceParams ? { serviceParams } : {}),
  });
}

/** `[status, messageId]` pairs: what check tests assert. */
export function outcomes(findings: Finding[]): [string, string][] {
  return findings.map((f) => [f.status, f.messageId]);
}

export function daysAgo(days: number): string {
  return new Date(new Date(NOW).getTime() - days * 86_400_000).toISOString();
}

/** One row of a check's table: a snapshot and the `[status, messageId]` outcomes expected. */
export interface CheckCase {
  name: string;
  snapshot: SnapshotBuilder | Snapshot;
  params?: Partial<CheckParams>;
  /** A service's own parameters, as `serviceParams` in the config (`{ 'aws.s3': { requireKms: true } }`). */
  serviceParams?: Readonly<Record<string, unknown>>;
  expected: [Finding['status'], string][];
}

/** What a `<check-id>.cases.ts` file exports; `test/checks/cases.test.ts` runs them all. */
export interface CheckCases {
  check: Check;
  cases: CheckCase[];
}
