import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig, type Config } from '../config/config.js';
import type { CheckParams } from '../config/params.js';
import { evaluateAll } from '../engine/evaluate.js';
import { gate } from '../engine/gate.js';
import { selectChecks } from '../engine/plan.js';
import { parseShard, ShardPlan } from '../engine/shard.js';
import type { AnyKey } from '../inventory/keys.js';
import { ALL_CHECKS } from '../engine/registry.js';
import { InputError } from '../errors.js';
import { compareWithBaseline, loadBaseline, type Baseline } from '../gating/baseline.js';
import { applyWaivers, loadWaivers, waiverNotes, type Waiver } from '../gating/waivers.js';
import { loadSnapshots, saveSnapshots } from '../inventory/snapshot-file.js';
import type { Snapshot } from '../inventory/snapshot.js';
import { controlsByCheck } from '../mapping/coverage.js';
import { loadMappings, type FrameworkKey, type MappingSet } from '../mapping/load.js';
import type { Check } from '../model/check.js';
import type { Severity } from '../model/status.js';
import { writeOutputs } from '../output/writers.js';
import { buildResult, type ResultDocument } from '../output/result.js';
import { renderSummary } from '../output/summary.js';
import { prepareEvidence, type EvidenceFlags, type EvidenceWriter } from './evidence.js';
import { prepareHistory, type HistoryRecorder } from './history.js';
import { sarifWriterOptions } from '../output/sarif.js';
import { publishForCi } from './ci-outputs.js';
import type { CliIO } from './io.js';
import { failOnOption, formatsOption, frameworksOption, list, positiveInt, regionsOption, severityOption, type Format } from './options.js';
import { progressReporter } from './progress.js';

export interface ScanFlags extends EvidenceFlags {
  snapshot?: string;
  profile?: string;
  regions?: string;
  checks?: string;
  severity?: string;
  out?: string;
  format: string;
  framework?: string;
  saveSnapshot?: string;
  sarifInclude?: string;
  iacMap?: string;
  config?: string;
  failOn?: string;
  failOnControl?: string;
  baseline?: string;
  waivers?: string;
  summaryMd?: string;
  allowIncomplete?: boolean;
  concurrency?: string;
  maxAttempts?: string;
  endpointUrl?: string;
  quiet?: boolean;
  shard?: string;
  history?: string | boolean;
  subscriptions?: string;
  managementGroup?: string;
  tenant?: string;
  azureCloud?: string;
  armEndpoint?: string;
}

export interface ScanOutcome {
  exitCode: number;
  result: ResultDocument;
  files: string[];
}

/** Everything a scan needs, validated before any API call is made. */
interface ScanPlan {
  config: Config;
  params: CheckParams;
  formats: Format[];
  sarif: ReturnType<typeof sarifWriterOptions>;
  failOn: Severity | 'none';
  failOnControls: string[];
  checks: Check[];
  shard?: ShardPlan;
  frameworks: FrameworkKey[];
  evidence: EvidenceWriter | undefined;
  history: HistoryRecorder | undefined;
  mappings: MappingSet;
  waivers?: { file: string; rules: Waiver[] };
  baseline?: Baseline;
}

/** Control ids from `--fail-on-control` or the config, checked against the ISO/IEC 27001:2022 catalogue. */
function failOnControlsOption(ids: readonly string[], source: string, mappings: MappingSet): string[] {
  const known = new Set(mappings.catalogues.find((c) => c.framework === 'iso27001:2022')?.controls.map((c) => c.id));
  for (const id of ids) {
    if (!known.has(id)) throw new InputError(source, `"${id}" is not an ISO/IEC 27001:2022 Annex A control; run \`annexa controls list\` to see ids`);
  }
  return [...ids];
}

function plan(flags: ScanFlags, io: CliIO): ScanPlan {
  const { config, params, file: configFile } = loadConfig(flags.config && resolve(io.cwd, flags.config), io.cwd);
  const formats = formatsOption(flags.format);
  const failOn = failOnOption(flags.failOn ?? config.failOn ?? 'high');
  const checks = selectChecks(ALL_CHECKS, {
    checks: list(flags.checks) ?? config.checks,
    ...(flags.severity ? { minSeverity: severityOption('--severity', flags.severity) } : {}),
  });
  if (checks.length === 0) throw new InputError('--severity', 'no checks selected');
  const shard = flags.shard ? new ShardPlan(parseShard(flags.shard, io.env), checks) : undefined;
  // Every input file is read here, so a typo in one costs no API calls.
  const mappings = loadMappings();
  const frameworks = frameworksOption(flags.framework, mappings.catalogues.map((c) => c.framework));
  const evidence = prepareEvidence(flags, io);
  const history = prepareHistory(flags.history, config, io.cwd);
  const fromFlag = list(flags.failOnControl);
  const failOnControls = failOnControlsOption(fromFlag ?? config.failOnControls ?? [], fromFlag ? '--fail-on-control' : `${configFile}: failOnControls`, mappings);
  return {
    config,
    params,
    formats,
    sarif: sarifWriterOptions(flags, io.cwd),
    failOn,
    failOnControls,
    checks,
    mappings,
    frameworks,
    evidence,
    history,
    ...(shard ? { shard } : {}),
    ...(flags.waivers ? { waivers: { file: flags.waivers, rules: loadWaivers(resolve(io.cwd, flags.waivers), flags.waivers) } } : {}),
    ...(flags.baseline ? { baseline: loadBaseline(resolve(io.cwd, flags.baseline), flags.baseline) } : {}),
  };
}

async function obtainSnapshots(provider: string | undefined, flags: ScanFlags, p: ScanPlan, io: CliIO): Promise<Snapshot[]> {
  if (flags.snapshot) {
    const all = loadSnapshots(resolve(io.cwd, flags.snapshot));
    if (!provider) return all;
    const mine = all.filter((s) => s.provider === provider);
    if (mine.length === 0) throw new InputError('--snapshot', `holds no ${provider} snapshot (it has ${[...new Set(all.map((s) => s.provider))].join(', ')})`);
    return mine;
  }
  if (!provider) throw new InputError('scan', 'name a provider (`annexa scan aws`, `annexa scan azure`) or a saved snapshot (`annexa scan --snapshot FILE`)');
  if (provider === 'azure') {
    const { azureSnapshots } = await import('./azure.js');
    return azureSnapshots(flags, p.checks, p.config, io);
  }
  if (provider !== 'aws') throw new InputError('scan', `unknown provider "${provider}" (supported: aws, azure)`);
  (await import('./azure.js')).rejectAzureFlags(flags);

  const regions = regionsOption(flags.regions) ?? p.config.regions;
  const concurrency = positiveInt('--concurrency', flags.concurrency) ?? p.config.concurrency;
  const maxAttempts = positiveInt('--max-attempts', flags.maxAttempts);
  const endpoint = flags.endpointUrl ?? io.env.AWS_ENDPOINT_URL;
  const { collectAws } = await import('../providers/aws/scan.js');
  const progress = progressReporter(io, Boolean(flags.quiet));
  try {
    return [
      await collectAws(p.checks, {
      ...(flags.profile ? { profile: flags.profile } : {}),
      ...(regions ? { regions } : {}),
      ...(endpoint ? { endpoint } : {}),
      ...(concurrency ? { concurrency } : {}),
      ...(maxAttempts ? { maxAttempts } : {}),
        progress: (x) => progress.update(x),
        ...(p.shard ? { unitFilter: shardFilter(p.shard) } : {}),
      }),
    ];
  } finally {
    progress.done();
  }
}

function evaluateAndWrite(snapshots: Snapshot[], flags: ScanFlags, p: ScanPlan, io: CliIO, files: string[]): ScanOutcome {
  const mappings = p.mappings;
  const evaluated = evaluateAll(snapshots, p.checks, p.params, controlsByCheck(mappings));
  const source = flags.snapshot ? 'snapshot' : 'live';
  const owned = p.shard ? p.shard.items(evaluated) : evaluated;
  const reported = p.shard ? snapshots.flatMap((s) => p.shard!.accountView(s, source) ?? []) : snapshots;
  const waived = p.waivers && applyWaivers(owned, p.waivers.rules, io.now?.() ?? new Date(), p.waivers.file);
  const items = waived ? waived.items : owned;
  const providers = new Set(snapshots.map((s) => s.provider));
  const result = buildResult({
    snapshots: reported,
    items,
    mappings,
    checkIds: p.checks.filter((c) => providers.has(c.meta.provider)).map((c) => c.meta.id).sort(),
    params: p.params,
    source,
    frameworks: p.frameworks,
  });
  if (waived) {
    result.run.waivers = waived.report;
    for (const note of waiverNotes(waived.report)) io.stderr(`annexa: ${note}`);
  }
  if (p.baseline) result.baseline = compareWithBaseline(result.items, { checks: result.run.checks, accounts: result.run.accounts.map((a) => a.account) }, p.baseline);
  const outDir = resolve(io.cwd, flags.out ?? p.config.out ?? 'annexa-out');
  files.push(...writeOutputs(p.formats, outDir, result, { cwd: io.cwd, warn: (l) => io.stderr(`annexa: ${l}`), ...p.sarif }));
  if (p.evidence) files.push(...p.evidence(result, snapshots, mappings));
  const recorded = p.history?.(result);
  if (recorded) files.push(recorded.file);

  const outcome = gate(result, { failOn: p.failOn, failOnControls: p.failOnControls, allowIncomplete: Boolean(flags.allowIncomplete) });
  if (!flags.quiet) io.stdout(renderSummary(result) + '\n' + gatingLines(result).map((l) => `${l}\n`).join('') + '\n');
  files.push(...publishForCi(result, outcome, files, { ...(flags.summaryMd ? { summaryMd: flags.summaryMd } : {}) }, io));
  const rel = (f: string): string => (f.startsWith(io.cwd + '/') ? f.slice(io.cwd.length + 1) : f);
  io.stdout(`Wrote ${files.map(rel).join(', ') || 'nothing'}`);
  if (recorded) io.stdout(`Recorded scan ${recorded.id} in the history`);
  io.stdout(`Exit ${outcome.exitCode}: ${outcome.reason}`);
  return { exitCode: outcome.exitCode, result, files };
}

function shardFilter(shard: ShardPlan): (account: string, key: AnyKey, region: string) => boolean {
  const byAccount = new Map<string, (key: AnyKey, region: string) => boolean>();
  return (account, key, region) => {
    let f = byAccount.get(account);
    if (!f) byAccount.set(account, (f = shard.unitFilter('aws', account)));
    return f(key, region);
  };
}

/** Waiver and baseline counts for the text summary. */
function gatingLines(result: ResultDocument): string[] {
  const lines: string[] = [];
  const w = result.run.waivers;
  if (w) lines.push(`Waivers (${w.file}): ${w.applied} failing item(s) waived, ${w.expired.length} expired, ${w.unused.length} unused`);
  const b = result.baseline;
  if (b) lines.push(`Baseline (${b.file}): ${b.new} new, ${b.unchanged} unchanged, ${b.resolved} resolved, ${b.unverified} unverified (now error)`);
  return lines;
}

export async function scanCommand(provider: string | undefined, flags: ScanFlags, io: CliIO): Promise<ScanOutcome> {
  const p = plan(flags, io);
  const snapshots = await obtainSnapshots(provider, flags, p, io);

  // Save before evaluating, so a later failure never loses what was collected.
  const files: string[] = [];
  if (flags.saveSnapshot) {
    const file = resolve(io.cwd, flags.saveSnapshot);
    saveSnapshots(file, snapshots);
    files.push(file);
  }
  try {
    return evaluateAndWrite(snapshots, flags, p, io, files);
  } catch (err) {
    if (!flags.snapshot && !flags.saveSnapshot) {
      const rescue = join(tmpdir(), `annexa-snapshot-${snapshots[0]?.account.id ?? 'none'}-${Date.now()}.json`);
      saveSnapshots(rescue, snapshots);
      io.stderr(`annexa: the collected inventory is saved in ${rescue}; re-run with --snapshot ${rescue}`);
    }
    throw err;
  }
}
