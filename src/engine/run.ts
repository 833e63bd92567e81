/**
 * One scan, start to end: select → snapshots (a saved file, or live through the provider's
 * descriptor) → save → evaluate → result → finish. The CLI turns flags into a `RunRequest` and
 * prints the outcome; the result document and the last step are handed in as `RunSteps`, since
 * the engine never imports outputs.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handleSignals } from '../cleanup.js';
import { type Config, loadConfig } from '../config/config.js';
import { InputError } from '../errors.js';
import { openSnapshotFile, type SnapshotHead, type SnapshotMember, saveSnapshots } from '../inventory/snapshot-file.js';
import { openSnapshotWriter, type SnapshotWriter } from '../inventory/snapshot-writer.js';
import { turn, turnDue } from '../loop-turn.js';
import { controlsByCheck } from '../mapping/coverage.js';
import type { FrameworkKey, MappingSet } from '../mapping/load.js';
import type { Check } from '../model/check.js';
import type { Items } from '../model/items.js';
import type { CheckParams } from '../model/params.js';
import type { ResultDocument, Shard } from '../model/result.js';
import type { Snapshot } from '../model/snapshot.js';
import type { Severity } from '../model/status.js';
import { ItemTally } from '../model/tally.js';
import type { LiveRequest, ProviderDescriptor, ScanProgress } from '../providers/descriptor.js';
import { findProvider, PROVIDER_IDS, PROVIDERS } from '../providers/index.js';
import { redactSnapshot } from '../redaction/snapshot.js';
import { bySnapshotOrder, evaluateStream } from './evaluate.js';
import { withBoundedHeapGrowth } from './heap-growth.js';
import { allMappings } from './mappings.js';
import { evaluateInWorkers, workerCount } from './parallel.js';
import { selectChecks } from './plan.js';
import { ALL_CHECKS } from './registry.js';
import { parseShard, ShardPlan } from './shard.js';
import { ItemSpool } from './spool.js';

/** What a scan selects, read and validated before any API call. */
export interface RunSelection {
  config: Config;
  configFile?: string;
  params: CheckParams;
  serviceParams: Record<string, unknown>;
  checks: Check[];
  shard?: ShardPlan;
  mappings: MappingSet;
}

/** The config, the checks and the shard a scan runs; every input file is read here, so a typo costs no API calls. */
export function selectRun(sel: {
  configFile?: string;
  cwd: string;
  checks?: string[];
  minSeverity?: Severity;
  shard?: string;
  env: NodeJS.ProcessEnv;
}): RunSelection {
  const { config, params, serviceParams, file } = loadConfig(sel.configFile, sel.cwd);
  const checks = selectChecks(ALL_CHECKS, {
    checks: sel.checks ?? config.checks,
    ...(sel.minSeverity ? { minSeverity: sel.minSeverity } : {}),
  });
  if (checks.length === 0) throw new InputError('--severity', 'no checks selected');
  const shard = sel.shard ? new ShardPlan(parseShard(sel.shard, sel.env), checks) : undefined;
  return {
    config,
    params,
    serviceParams,
    checks,
    mappings: allMappings(),
    ...(file ? { configFile: file } : {}),
    ...(shard ? { shard } : {}),
  };
}

/** Where the snapshots come from and where they go. */
export interface RunRequest extends RunSelection {
  /** The provider named on the command line; with a snapshot file, undefined means every provider in it. */
  provider?: string;
  /** A saved snapshot file: `path` resolved, `given` as the user wrote it (errors name it). */
  snapshot?: { path: string; given: string };
  /** Save the collected snapshots here before evaluating. */
  saveSnapshot?: string;
  frameworks: FrameworkKey[];
  /** The live collection's flags, environment and test seams. */
  live: Pick<LiveRequest, 'flags' | 'env' | 'hooks'>;
  progress?: { update(p: ScanProgress): void; done(): void };
}

/** What the result document is built from. */
export interface ResultInput {
  snapshots: readonly Snapshot[];
  items: Items;
  /** The items' counts, gathered as they were evaluated. */
  tally: ItemTally;
  mappings: MappingSet;
  checkIds: string[];
  params: CheckParams;
  source: 'live' | 'snapshot';
  frameworks: readonly FrameworkKey[];
  shard?: Shard;
}

import type { ItemTap } from './tap.js';

export type { ItemTap };

/** The steps the caller owns: building the result document and writing it out. */
export interface RunSteps {
  assemble(input: ResultInput): ResultDocument;
  /**
   * Snapshots are gone by now (each was released after its evaluation); what needs them reads them through `taps`.
   * It may return a promise: a writer that lets the event loop turn (`loop-turn.ts`) can be interrupted by a signal.
   */
  finish(result: ResultDocument, files: string[]): FinishOutcome | Promise<FinishOutcome>;
  /** A later step failed after a live collection: the inventory was saved here. */
  rescued(file: string): void;
  taps?: readonly ItemTap[];
  /** Items held in memory before they spool to a temporary file (default `SPOOL_IN_MEMORY`). */
  inMemory?: number;
}

/** What the last step wrote and the exit code it chose. */
export interface FinishOutcome {
  exitCode: number;
  files: string[];
}

export interface RunOutcome {
  exitCode: number;
  result: ResultDocument;
  files: string[];
}

/**
 * A scan's snapshots: every header up front (the result's accounts, the checks that apply), then
 * each snapshot whole, one at a time, in `bySnapshotOrder`, the order items are reported in.
 */
interface SnapshotSource {
  heads: readonly SnapshotHead[];
  each(): Iterable<Snapshot>;
}

/** A saved file's members, in report order, for evaluation workers to read themselves. */
interface FileSource extends SnapshotSource {
  members: readonly SnapshotMember[];
}

function inMemory(snapshots: readonly Snapshot[]): SnapshotSource {
  const sorted = [...snapshots].sort(bySnapshotOrder);
  return { heads: sorted, each: () => sorted };
}

/**
 * A saved file, read header by header first, so an unknown provider or a provider filter that
 * matches nothing fails before any evaluation. Members are then read one at a time in account
 * order, whatever their order in the file (a line-layout file is re-read from each member's
 * offset; an older one-line file is loaded whole, as before).
 */
function fromFile(r: RunRequest, file: { path: string; given: string }): FileSource {
  const f = openSnapshotFile(file.path);
  const all = f.members;
  const unknown = all.find((m) => !findProvider(m.head.provider));
  if (unknown)
    throw new InputError(
      file.given,
      `provider: "${unknown.head.provider}" is not a provider this annexa knows (${PROVIDER_IDS.join(', ')})`,
    );
  const mine = (r.provider ? all.filter((m) => m.head.provider === r.provider) : [...all]).sort((a, b) => bySnapshotOrder(a.head, b.head));
  if (mine.length === 0)
    throw new InputError(
      '--snapshot',
      `holds no ${r.provider} snapshot (it has ${[...new Set(all.map((m) => m.head.provider))].join(', ')})`,
    );
  return {
    heads: mine.map((m) => m.head),
    members: mine,
    *each() {
      for (const m of mine) yield f.read(m);
    },
  };
}

/** Flags another provider owns are a mistake worth naming on this provider's scan. */
function refuseForeignFlags(p: ProviderDescriptor, flags: LiveRequest['flags']): void {
  for (const other of PROVIDERS) {
    if (other === p) continue;
    const used = other.flags.find((f) => flags[f.key] !== undefined);
    if (used)
      throw new InputError(used.flag, `applies to ${other.label} scans only${p.foreignFlagHint ?? ` (\`annexa scan ${other.id}\`)`}`);
  }
}

async function live(r: RunRequest): Promise<Snapshot[]> {
  if (!r.provider)
    throw new InputError(
      'scan',
      `name a provider (${PROVIDER_IDS.map((id) => `\`annexa scan ${id}\``).join(', ')}) or a saved snapshot (\`annexa scan --snapshot FILE\`)`,
    );
  const p = findProvider(r.provider);
  if (!p) throw new InputError('scan', `unknown provider "${r.provider}" (supported: ${PROVIDER_IDS.join(', ')})`);
  refuseForeignFlags(p, r.live.flags);
  const progress = r.progress;
  try {
    return await p.collect({
      ...r.live,
      checks: r.checks,
      config: r.config,
      ...(r.shard ? { shard: r.shard } : {}),
      ...(progress ? { progress: (x: ScanProgress) => progress.update(x) } : {}),
    });
  } finally {
    progress?.done();
  }
}

/**
 * Evaluate snapshot by snapshot into the spool, counting as items arrive: memory holds one
 * snapshot and one check's findings at a time. `save` receives each snapshot as it passes.
 * The event loop turns between items every `turn` slice, so Ctrl-C or SIGTERM ends the run
 * there instead of after it (a 100k-resource account evaluates for tens of seconds).
 */
async function evaluateToSpool(
  source: SnapshotSource,
  r: RunRequest,
  steps: RunSteps,
  save: SnapshotWriter | undefined,
): Promise<{ items: Items; tally: ItemTally }> {
  const controls = controlsByCheck(r.mappings);
  const spool = new ItemSpool(steps.inMemory);
  const tally = new ItemTally();
  const shard = r.shard;
  for (const snapshot of source.each()) {
    // A saved snapshot leaves the process: secrets go, as in saveSnapshots.
    save?.add(redactSnapshot(snapshot));
    for (const item of evaluateStream(snapshot, r.checks, r.params, controls, r.serviceParams)) {
      // A shard reports only the items it owns, so merged shards add up to one run.
      if (shard && !shard.ownsItem(item)) continue;
      for (const tap of steps.taps ?? []) tap(item, snapshot);
      spool.add(item);
      tally.add(item);
      if (turnDue()) await turn();
    }
  }
  return { items: spool.done(), tally };
}

/** The result reads only the header of each account; an empty inventory keeps none of it alive. */
function reported(h: SnapshotHead): Snapshot {
  return { ...h, inventory: {} };
}

async function evaluateAndFinish(
  source: SnapshotSource,
  r: RunRequest,
  steps: RunSteps,
  files: string[],
  save?: { writer: SnapshotWriter; file: string },
): Promise<RunOutcome> {
  // Each account read from a file is garbage once evaluated: a bounded heap growth collects it
  // before the next one piles on (1M resources: see the README's Performance section).
  const evaluated = await withBoundedHeapGrowth(() => evaluateToSpool(source, r, steps, save?.writer));
  if (save) {
    save.writer.close();
    files.push(save.file);
  }
  return finishRun(source.heads, r, steps, files, evaluated);
}

/** The result of evaluated items, and the caller's last step. */
async function finishRun(
  snapshotHeads: readonly SnapshotHead[],
  r: RunRequest,
  steps: RunSteps,
  files: string[],
  { items, tally }: { items: Items; tally: ItemTally },
): Promise<RunOutcome> {
  // A signal that came during the last stretch of evaluation ends the run before any output is written.
  await turn();
  const kind = r.snapshot ? 'snapshot' : 'live';
  const shard = r.shard;
  const heads = snapshotHeads.map(reported);
  const providers = new Set(heads.map((s) => s.provider));
  const result = steps.assemble({
    snapshots: shard ? heads.flatMap((s) => shard.accountView(s, kind, findProvider(s.provider)?.regional ?? true) ?? []) : heads,
    items,
    tally,
    mappings: r.mappings,
    checkIds: r.checks
      .filter((c) => providers.has(c.meta.provider))
      .map((c) => c.meta.id)
      .sort(),
    params: r.params,
    source: kind,
    frameworks: r.frameworks,
    ...(shard ? { shard: shard.shard } : {}),
  });
  await turn();
  const done = await steps.finish(result, files);
  return { exitCode: done.exitCode, result, files: done.files };
}

/** From a saved file: snapshot by snapshot; `--save-snapshot` re-saves them (in the line layout) as they pass. */
async function scanFile(r: RunRequest, file: { path: string; given: string }, steps: RunSteps): Promise<RunOutcome> {
  const source = fromFile(r, file);
  const taps = steps.taps ?? [];
  const workers = r.saveSnapshot ? 0 : workerCount(file.path, source.members, taps, r.live.env);
  if (workers) {
    const evaluated = await withBoundedHeapGrowth(() =>
      evaluateInWorkers({
        file: file.path,
        members: source.members,
        workers,
        taps,
        job: {
          checkIds: r.checks.map((c) => c.meta.id),
          params: r.params,
          serviceParams: r.serviceParams,
          controls: controlsByCheck(r.mappings),
          ...(r.shard ? { shard: r.shard.shard } : {}),
        },
      }),
    );
    return finishRun(source.heads, r, steps, [], evaluated);
  }
  const save = r.saveSnapshot
    ? { writer: openSnapshotWriter(r.saveSnapshot, { set: source.heads.length !== 1 }), file: r.saveSnapshot }
    : undefined;
  try {
    return await evaluateAndFinish(source, r, steps, [], save);
  } catch (err) {
    save?.writer.abort();
    throw err;
  }
}

export async function runScan(r: RunRequest, steps: RunSteps): Promise<RunOutcome> {
  // From the start, so a signal ends every scan alike (exit 128 + signal, one line), before any temporary path exists.
  const handled = handleSignals();
  try {
    return await scan(r, steps);
  } finally {
    // A signal that came during the last synchronous step (history, summaries) is handled here, still announced.
    await turn();
    handled();
  }
}

async function scan(r: RunRequest, steps: RunSteps): Promise<RunOutcome> {
  if (r.snapshot) return scanFile(r, r.snapshot, steps);
  const snapshots = await live(r);

  // Save before evaluating, so a later failure never loses what was collected.
  const files: string[] = [];
  if (r.saveSnapshot) {
    saveSnapshots(r.saveSnapshot, snapshots);
    files.push(r.saveSnapshot);
  }
  try {
    return await evaluateAndFinish(inMemory(snapshots), r, steps, files);
  } catch (err) {
    if (!r.saveSnapshot) {
      const rescue = join(tmpdir(), `annexa-snapshot-${snapshots[0]?.account.id ?? 'none'}-${Date.now()}.json`);
      saveSnapshots(rescue, snapshots);
      steps.rescued(rescue);
    }
    throw err;
  }
}
