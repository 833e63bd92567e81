import { type Coverage, frameworkCoverage } from '../mapping/coverage.js';
import type { FrameworkKey, MappingSet } from '../mapping/load.js';
import type { EvidenceItem } from '../model/evidence.js';
import { type Items, itemsOf } from '../model/items.js';
import type { CheckParams } from '../model/params.js';
import {
  type AccountRun,
  type ControlSummary,
  DEFAULT_FRAMEWORK,
  RESULT_SCHEMA,
  type ResultDocument,
  type Shard,
} from '../model/result.js';
import type { ApiCallStats, Snapshot } from '../model/snapshot.js';
import { type ItemTally, tallyItems } from '../model/tally.js';
import { TOOL_VERSION } from '../paths.js';
import { redactText } from '../redaction/secret-patterns.js';

export {
  type AccountRun,
  type ApiErrorSummary,
  type ControlSummary,
  DEFAULT_FRAMEWORK,
  RESULT_SCHEMA,
  type ResultDocument,
  type RunMetadata,
} from '../model/result.js';
export { ItemTally, tallyItems } from '../model/tally.js';

export function controlSummaries(
  tally: ItemTally,
  mappings: MappingSet,
  framework: FrameworkKey,
  checkIds: readonly string[],
): ControlSummary[] {
  const counts = tally.controls.get(framework);
  return frameworkCoverage(mappings, framework, checkIds).map((c) => ({
    framework,
    id: c.id,
    ...(c.theme ? { theme: c.theme } : {}),
    title: c.title,
    coverage: c.coverage,
    checks: c.checks.map((x) => x.id),
    ...(counts?.get(c.id) ?? { pass: 0, fail: 0, error: 0, not_applicable: 0 }),
  }));
}

const total = (calls: Record<string, ApiCallStats>): number => Object.values(calls).reduce((n, c) => n + c.calls, 0);

export function accountRun(snapshot: Snapshot): AccountRun {
  return {
    provider: snapshot.provider,
    account: snapshot.account.id,
    partition: snapshot.account.partition,
    ...(snapshot.account.alias ? { alias: snapshot.account.alias } : {}),
    homeRegion: snapshot.homeRegion,
    regions: snapshot.regions,
    startedAt: snapshot.startedAt,
    finishedAt: snapshot.finishedAt,
    apiCalls: snapshot.apiCalls,
    apiCallTotal: total(snapshot.apiCalls),
    notes: snapshot.notes,
    items: 0,
    errors: 0,
    complete: true,
  };
}

export interface ResultParts {
  accounts: AccountRun[];
  /** An array is taken as the items in memory. */
  items: Items | EvidenceItem[];
  /** The items' counts, when they were gathered as the items were made; otherwise one pass counts them. */
  tally?: ItemTally;
  mappings: MappingSet;
  checkIds: string[];
  params: CheckParams;
  source: 'live' | 'snapshot';
  evaluatedAt?: string;
  /** Frameworks whose control summaries go into `controls`, in this order (default: ISO/IEC 27001:2022). */
  frameworks?: readonly FrameworkKey[];
  shard?: Shard;
}

/** Everything derived (counts, controls, completeness) is computed here, so merged shards and single runs agree. */
export function assembleResult(parts: ResultParts): ResultDocument {
  const { mappings, checkIds } = parts;
  const items = Array.isArray(parts.items) ? itemsOf(parts.items) : (parts.items as Items);
  const tally = parts.tally ?? tallyItems(items);
  const { byStatus, failingBySeverity, perAccount } = tally;
  const accounts = parts.accounts
    .map((a) => {
      const c = perAccount.get(`${a.provider}/${a.account}`) ?? { items: 0, errors: 0 };
      // Notes quote provider errors; they leave the process in every output and the history DB.
      return { ...a, notes: a.notes.map(redactText), items: c.items, errors: c.errors, complete: c.errors === 0 };
    })
    .sort((a, b) => a.provider.localeCompare(b.provider) || a.account.localeCompare(b.account));
  const frameworks = parts.frameworks?.length ? parts.frameworks : [DEFAULT_FRAMEWORK];
  const controls = frameworks.flatMap((fw) => controlSummaries(tally, mappings, fw, checkIds));
  // summary.coverage always describes ISO/IEC 27001:2022, whichever frameworks were selected.
  const coverage: Record<Coverage, number> = { automated: 0, partial: 0, manual: 0 };
  for (const c of frameworkCoverage(mappings, DEFAULT_FRAMEWORK, checkIds)) coverage[c.coverage]++;
  const several = accounts.length > 1;
  const times = accounts.flatMap((a) => [a.startedAt, a.finishedAt]).sort();
  const now = parts.evaluatedAt ?? new Date().toISOString();
  return {
    schema: RESULT_SCHEMA,
    run: {
      tool: { name: 'annexa', version: TOOL_VERSION },
      mappingVersion: mappings.version,
      source: parts.source,
      startedAt: times[0] ?? now,
      finishedAt: times.at(-1) ?? now,
      evaluatedAt: now,
      checks: checkIds,
      params: parts.params,
      accounts,
      apiCallTotal: accounts.reduce((n, a) => n + a.apiCallTotal, 0),
      // Error messages quote provider answers; they leave the process in every output and the history DB.
      errorsByApi: tally.errorsByApi().map((e) => ({ ...e, message: redactText(e.message) })),
      notes: accounts.flatMap((a) => a.notes.map((n) => (several ? `${a.account}: ${n}` : n))),
      complete: byStatus.error === 0,
      ...(parts.shard ? { shard: { index: parts.shard.index, total: parts.shard.total } } : {}),
    },
    summary: { items: items.count, byStatus: { ...byStatus }, failingBySeverity: { ...failingBySeverity }, coverage },
    controls,
    items,
  };
}

/** A result straight from snapshots: each snapshot is one account of the run. */
export function buildResult(args: Omit<ResultParts, 'accounts'> & { snapshots: readonly Snapshot[] }): ResultDocument {
  const { snapshots, ...rest } = args;
  return assembleResult({ ...rest, accounts: snapshots.map(accountRun) });
}
