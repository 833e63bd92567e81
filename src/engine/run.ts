/**
 * One scan, start to end: select → snapshots (a saved file, or live through the provider's
 * descriptor) → save → evaluate → result → finish. The CLI turns flags into a `RunRequest` and
 * prints the outcome; the result document and the last step are handed in as `RunSteps`, since
 * the engine never imports outputs.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, loadConfig } from '../config/config.js';
import { InputError } from '../errors.js';
import { loadSnapshots, saveSnapshots } from '../inventory/snapshot-file.js';
import { controlsByCheck } from '../mapping/coverage.js';
import type { FrameworkKey, MappingSet } from '../mapping/load.js';
import type { Check } from '../model/check.js';
import type { EvidenceItem } from '../model/evidence.js';
import type { Items } from '../model/items.js';
import type { CheckParams } from '../model/params.js';
import type { ResultDocument, Shard } from '../model/result.js';
import type { Snapshot } from '../model/snapshot.js';
import type { Severity } from '../model/status.js';
import { ItemTally } from '../model/tally.js';
import type { LiveRequest, ProviderDescriptor, ScanProgress } from '../providers/descriptor.js';
import { findProvider, PROVIDER_IDS, PROVIDERS } from '../providers/index.js';
import { bySnapshotOrder, evaluateStream } from './evaluate.js';
import { allMappings } from './mappings.js';
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

/**
 * Sees every item as it is evaluated, with the snapshot it came from, while that snapshot is in
 * memory (the evidence bundle cuts its excerpts here).
 */
export type ItemTap = (item: EvidenceItem, snapshot: Snapshot) => void;

/** The steps the caller owns: building the result document and writing it out. */
export interface RunSteps {
  assemble(input: ResultInput): ResultDocument;
  finish(result: ResultDocument, snapshots: readonly Snapshot[], files: string[]): { exitCode: number; files: string[] };
  /** A later step failed after a live collection: the inventory was saved here. */
  rescued(file: string): void;
  taps?: readonly ItemTap[];
  /** Items held in memory before they spool to a temporary file (default `SPOOL_IN_MEMORY`). */
  inMemory?: number;
}

export interface RunOutcome {
  exitCode: number;
  result: ResultDocument;
  files: string[];
}

function fromFile(r: RunRequest, file: { path: string; given: string }): Snapshot[] {
  const all = loadSnapshots(file.path);
  const unknown = all.find((s) => !findProvider(s.provider));
  if (unknown)
    throw new InputError(file.given, `provider: "${unknown.provider}" is not a provider this annexa knows (${PROVIDER_IDS.join(', ')})`);
  if (!r.provider) return all;
  const mine = all.filter((s) => s.provider === r.provider);
  if (mine.length === 0)
    throw new InputError('--snapshot', `holds no ${r.provider} snapshot (it has ${[...new Set(all.map((s) => s.provider))].join(', ')})`);
  return mine;
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

/** Evaluate snapshot by snapshot into the spool, counting as items arrive: memory holds one check's findings at a time. */
function evaluateToSpool(snapshots: readonly Snapshot[], r: RunRequest, steps: RunSteps): { items: Items; tally: ItemTally } {
  const controls = controlsByCheck(r.mappings);
  const spool = new ItemSpool(steps.inMemory);
  const tally = new ItemTally();
  const shard = r.shard;
  for (const snapshot of [...snapshots].sort(bySnapshotOrder)) {
    for (const item of evaluateStream(snapshot, r.checks, r.params, controls, r.serviceParams)) {
      // A shard reports only the items it owns, so merged shards add up to one run.
      if (shard && !shard.ownsItem(item)) continue;
      for (const tap of steps.taps ?? []) tap(item, snapshot);
      spool.add(item);
      tally.add(item);
    }
  }
  return { items: spool.done(), tally };
}

function evaluateAndFinish(snapshots: Snapshot[], r: RunRequest, steps: RunSteps, files: string[]): RunOutcome {
  const source = r.snapshot ? 'snapshot' : 'live';
  const { items, tally } = evaluateToSpool(snapshots, r, steps);
  const shard = r.shard;
  const reported = shard ? snapshots.flatMap((s) => shard.accountView(s, source) ?? []) : snapshots;
  const providers = new Set(snapshots.map((s) => s.provider));
  const result = steps.assemble({
    snapshots: reported,
    items,
    tally,
    mappings: r.mappings,
    checkIds: r.checks
      .filter((c) => providers.has(c.meta.provider))
      .map((c) => c.meta.id)
      .sort(),
    params: r.params,
    source,
    frameworks: r.frameworks,
    ...(shard ? { shard: shard.shard } : {}),
  });
  const done = steps.finish(result, snapshots, files);
  return { exitCode: done.exitCode, result, files: done.files };
}

export async function runScan(r: RunRequest, steps: RunSteps): Promise<RunOutcome> {
  const snapshots = r.snapshot ? fromFile(r, r.snapshot) : await live(r);

  // Save before evaluating, so a later failure never loses what was collected.
  const files: string[] = [];
  if (r.saveSnapshot) {
    saveSnapshots(r.saveSnapshot, snapshots);
    files.push(r.saveSnapshot);
  }
  try {
    return evaluateAndFinish(snapshots, r, steps, files);
  } catch (err) {
    if (!r.snapshot && !r.saveSnapshot) {
      const rescue = join(tmpdir(), `annexa-snapshot-${snapshots[0]?.account.id ?? 'none'}-${Date.now()}.json`);
      saveSnapshots(rescue, snapshots);
      steps.rescued(rescue);
    }
    throw err;
  }
}
