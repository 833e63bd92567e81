import type { FetchError } from './fetched.js';
import type { AnyKey } from './keys.js';
import type { CheckParams } from './params.js';
import type { Provider, ResourceRef } from './resource.js';
import type { SnapshotView } from './snapshot.js';
import type { Severity, Status } from './status.js';

export interface CheckMeta {
  /** `<provider>.<service>.<subject>-<expectation>`; never changes once released. */
  id: string;
  title: string;
  provider: Provider;
  service: string;
  resourceType: string;
  severity: Severity;
  /** Inventory keys the check reads; the planner collects exactly these. */
  requires: readonly AnyKey[];
  /** What the check considers compliant, and why it matters. Our own words. */
  rationale: string;
  remediation: { text: string; console?: string; cli?: string };
  /** Recommendations of the provider's CIS Foundations Benchmark (its descriptor's `cisBenchmark`) this corresponds to, e.g. `1.5`. */
  cis?: readonly string[];
  /**
   * Set when the check, besides any per-region findings, gives an account-wide finding that
   * reads its regional keys in every region. Sharding then collects those keys in all regions
   * in the one shard that owns the account, as it does for checks reading account-wide keys.
   */
  acrossRegions?: boolean;
}

export interface Finding {
  status: Status;
  resource: ResourceRef;
  /** Stable identifier of the message template, asserted by tests. */
  messageId: string;
  message: string;
  /** Only the facts the check used. Secrets never go here. */
  observed: Record<string, unknown>;
  error?: FetchError;
}

export interface CheckContext {
  snapshot: SnapshotView;
  params: CheckParams;
  /**
   * Each service's own parameters as the user gave them, by `<provider>.<service>`
   * (validated at config load). Checks read them through `paramsOf`, which fills defaults.
   */
  serviceParams?: Readonly<Record<string, unknown>>;
  /** The collection time, so an old snapshot is judged as of when it was taken. */
  now: Date;
}

export interface Check {
  meta: CheckMeta;
  evaluate(ctx: CheckContext): Finding[];
}
