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
import type { CheckParams } from '../model/params.js';
import type { ResultDocument, Shard } from '../model/result.js';
import type { Snapshot } from '../model/snapshot.js';
import type { Severity } from '../model/status.js';
import type { LiveRequest, ProviderDescriptor, ScanProgress } from '../providers/descriptor.js';
import { findProvider, PROVIDER_IDS, PROVIDERS } from '../providers/index.js';
import { evaluateAll } from './evaluate.js';
import { allMappings } from './mappings.js';
import { selectChecks } from './plan.js';
import { ALL_CHECKS } from './registry.js';
import { parseShard, ShardPlan } from './shard.js';

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
  items: EvidenceItem[];
  mappings: MappingSet;
  checkIds: string[];
  params: CheckParams;
  source: 'live' | 'snapshot';
  frameworks: readonly FrameworkKey[];
  shard?: Shard;
}

/** The steps the caller owns: building the result document and writing it out. */
export interface RunSteps {
  assemble(input: ResultInput): ResultDocument;
  finish(result: ResultDocument, snapshots: readonly Snapshot[], files: string[]): { exitCode: number; files: string[] };
  /** A later step failed after a live collection: the inventory was saved here. */
  rescued(file: string): void;
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

function evaluateAndFinish(snapshots: Snapshot[], r: RunRequest, steps: RunSteps, files: string[]): RunOutcome {
  const source = r.snapshot ? 'snapshot' : 'live';
  const evaluated = evaluateAll(snapshots, r.checks, r.params, controlsByCheck(r.mappings), r.serviceParams);
  // A shard reports only the items and accounts it owns, so merged shards add up to one run.
  const shard = r.shard;
  const items = shard ? shard.items(evaluated) : evaluated;
  const reported = shard ? snapshots.flatMap((s) => shard.accountView(s, source) ?? []) : snapshots;
  const providers = new Set(snapshots.map((s) => s.provider));
  const result = steps.assemble({
    snapshots: reported,
    items,
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
