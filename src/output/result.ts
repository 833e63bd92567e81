import type { CheckParams } from '../config/params.js';
import type { ApiCallStats, Snapshot } from '../inventory/snapshot.js';
import type { FetchErrorKind } from '../inventory/fetched.js';
import { frameworkCoverage, type Coverage } from '../mapping/coverage.js';
import type { FrameworkKey, MappingSet } from '../mapping/load.js';
import type { EvidenceItem } from '../model/evidence.js';
import { SEVERITIES, STATUSES, type Severity, type Status } from '../model/status.js';
import { TOOL_VERSION } from '../paths.js';

export const RESULT_SCHEMA = 'annexa.result/v1';

export interface ControlSummary {
  framework: FrameworkKey;
  id: string;
  theme?: string;
  title: string;
  coverage: Coverage;
  checks: string[];
  pass: number;
  fail: number;
  error: number;
  not_applicable: number;
}

export interface ApiErrorSummary {
  api: string;
  action: string;
  kind: FetchErrorKind;
  /** The service's message for the first occurrence (it tells an SCP deny from a missing grant). */
  message: string;
  items: number;
  scopes: string[];
}

export interface RunMetadata {
  tool: { name: 'annexa'; version: string };
  mappingVersion: string;
  provider: Snapshot['provider'];
  account: string;
  partition: string;
  homeRegion: string;
  regions: string[];
  source: 'live' | 'snapshot';
  startedAt: string;
  finishedAt: string;
  evaluatedAt: string;
  checks: string[];
  params: CheckParams;
  apiCalls: Record<string, ApiCallStats>;
  apiCallTotal: number;
  errorsByApi: ApiErrorSummary[];
  notes: string[];
  /** False when any item ended in error: the scan could not see everything. */
  complete: boolean;
}

export interface ResultDocument {
  schema: typeof RESULT_SCHEMA;
  run: RunMetadata;
  summary: {
    items: number;
    byStatus: Record<Status, number>;
    failingBySeverity: Record<Severity, number>;
    coverage: Record<Coverage, number>;
  };
  controls: ControlSummary[];
  items: EvidenceItem[];
}

function errorsByApi(items: readonly EvidenceItem[]): ApiErrorSummary[] {
  const by = new Map<string, ApiErrorSummary>();
  for (const i of items) {
    if (!i.error) continue;
    const k = `${i.error.api}|${i.error.kind}`;
    const s = by.get(k) ?? { api: i.error.api, action: i.error.action, kind: i.error.kind, message: i.error.message, items: 0, scopes: [] };
    s.items++;
    if (!s.scopes.includes(i.resource.region)) s.scopes.push(i.resource.region);
    by.set(k, s);
  }
  return [...by.values()].map((s) => ({ ...s, scopes: s.scopes.sort() })).sort((a, b) => b.items - a.items || a.api.localeCompare(b.api));
}

export function controlSummaries(items: readonly EvidenceItem[], mappings: MappingSet, framework: FrameworkKey, checkIds: readonly string[]): ControlSummary[] {
  // One pass over the items, not one per control: scans can hold 100k items.
  const counts = new Map<string, Record<EvidenceItem['status'], number>>();
  for (const i of items) {
    for (const id of i.controls[framework] ?? []) {
      let c = counts.get(id);
      if (!c) counts.set(id, (c = { pass: 0, fail: 0, error: 0, not_applicable: 0 }));
      c[i.status]++;
    }
  }
  return frameworkCoverage(mappings, framework, checkIds).map((c) => ({
    framework,
    id: c.id,
    ...(c.theme ? { theme: c.theme } : {}),
    title: c.title,
    coverage: c.coverage,
    checks: c.checks.map((x) => x.id),
    ...(counts.get(c.id) ?? { pass: 0, fail: 0, error: 0, not_applicable: 0 }),
  }));
}

export function buildResult(args: {
  snapshot: Snapshot;
  items: EvidenceItem[];
  mappings: MappingSet;
  checkIds: string[];
  params: CheckParams;
  source: 'live' | 'snapshot';
  evaluatedAt?: string;
}): ResultDocument {
  const { snapshot, items, mappings, checkIds } = args;
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const failingBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const i of items) {
    byStatus[i.status]++;
    if (i.status === 'fail') failingBySeverity[i.severity]++;
  }
  const controls = controlSummaries(items, mappings, 'iso27001:2022', checkIds);
  const coverage: Record<Coverage, number> = { automated: 0, partial: 0, manual: 0 };
  for (const c of controls) coverage[c.coverage]++;
  const apiCalls = snapshot.apiCalls;
  return {
    schema: RESULT_SCHEMA,
    run: {
      tool: { name: 'annexa', version: TOOL_VERSION },
      mappingVersion: mappings.version,
      provider: snapshot.provider,
      account: snapshot.account.id,
      partition: snapshot.account.partition,
      homeRegion: snapshot.homeRegion,
      regions: snapshot.regions,
      source: args.source,
      startedAt: snapshot.startedAt,
      finishedAt: snapshot.finishedAt,
      evaluatedAt: args.evaluatedAt ?? new Date().toISOString(),
      checks: checkIds,
      params: args.params,
      apiCalls,
      apiCallTotal: Object.values(apiCalls).reduce((n, s) => n + s.calls, 0),
      errorsByApi: errorsByApi(items),
      notes: snapshot.notes,
      complete: byStatus.error === 0,
    },
    summary: { items: items.length, byStatus, failingBySeverity, coverage },
    controls,
    items,
  };
}
