import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Config, loadConfig } from '../config/config.js';
import { evaluateAll } from '../engine/evaluate.js';
import { allMappings } from '../engine/mappings.js';
import { selectChecks } from '../engine/plan.js';
import { ALL_CHECKS } from '../engine/registry.js';
import { parseShard, ShardPlan } from '../engine/shard.js';
import { InputError } from '../errors.js';
import { saveSnapshots } from '../inventory/snapshot-file.js';
import { controlsByCheck } from '../mapping/coverage.js';
import type { FrameworkKey, MappingSet } from '../mapping/load.js';
import type { Check } from '../model/check.js';
import type { CheckParams } from '../model/params.js';
import type { Snapshot } from '../model/snapshot.js';
import { buildResult, type ResultDocument } from '../output/result.js';
import { obtainSnapshots } from './collect.js';
import { type EvidenceFlags, type EvidenceWriter, prepareEvidence } from './evidence.js';
import { type FinishFlags, type FinishPlan, finish, planFinish } from './finish.js';
import type { CliIO } from './io.js';
import { frameworksOption, list, severityOption } from './options.js';
import type { OrgFlags } from './org-options.js';

export interface ScanFlags extends EvidenceFlags, FinishFlags, OrgFlags {
  snapshot?: string;
  profile?: string;
  regions?: string;
  checks?: string;
  severity?: string;
  framework?: string;
  saveSnapshot?: string;
  config?: string;
  concurrency?: string;
  maxAttempts?: string;
  endpointUrl?: string;
  connectTimeout?: string;
  requestTimeout?: string;
  deadline?: string;
  shard?: string;
  subscriptions?: string;
  managementGroup?: string;
  tenant?: string;
  azureCloud?: string;
  armEndpoint?: string;
  graphEndpoint?: string;
  maxRps?: string;
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
  serviceParams: Record<string, unknown>;
  checks: Check[];
  shard?: ShardPlan;
  mappings: MappingSet;
  frameworks: FrameworkKey[];
  evidence: EvidenceWriter | undefined;
  finish: FinishPlan;
}

function plan(flags: ScanFlags, io: CliIO): ScanPlan {
  const { config, params, serviceParams, file: configFile } = loadConfig(flags.config && resolve(io.cwd, flags.config), io.cwd);
  const checks = selectChecks(ALL_CHECKS, {
    checks: list(flags.checks) ?? config.checks,
    ...(flags.severity ? { minSeverity: severityOption('--severity', flags.severity) } : {}),
  });
  if (checks.length === 0) throw new InputError('--severity', 'no checks selected');
  const shard = flags.shard ? new ShardPlan(parseShard(flags.shard, io.env), checks) : undefined;
  // Every input file is read here, so a typo in one costs no API calls.
  const mappings = allMappings();
  return {
    config,
    params,
    serviceParams,
    checks,
    mappings,
    frameworks: frameworksOption(
      flags.framework,
      mappings.catalogues.map((c) => c.framework),
    ),
    evidence: prepareEvidence(flags, io),
    finish: planFinish(flags, config, configFile, mappings, io),
    ...(shard ? { shard } : {}),
  };
}

function evaluateAndFinish(snapshots: Snapshot[], flags: ScanFlags, p: ScanPlan, io: CliIO, files: string[]): ScanOutcome {
  const source = flags.snapshot ? 'snapshot' : 'live';
  const evaluated = evaluateAll(snapshots, p.checks, p.params, controlsByCheck(p.mappings), p.serviceParams);
  // A shard reports only the items and accounts it owns, so merged shards add up to one run.
  const items = p.shard ? p.shard.items(evaluated) : evaluated;
  const reported = p.shard ? snapshots.flatMap((s) => p.shard!.accountView(s, source) ?? []) : snapshots;
  const providers = new Set(snapshots.map((s) => s.provider));
  const result = buildResult({
    snapshots: reported,
    items,
    mappings: p.mappings,
    checkIds: p.checks
      .filter((c) => providers.has(c.meta.provider))
      .map((c) => c.meta.id)
      .sort(),
    params: p.params,
    source,
    frameworks: p.frameworks,
    ...(p.shard ? { shard: p.shard.shard } : {}),
  });
  const evidence = p.evidence;
  const done = finish(result, p.finish, io, files, evidence ? [(r) => evidence(r, snapshots, p.mappings)] : []);
  return { exitCode: done.exitCode, result, files: done.files };
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
    return evaluateAndFinish(snapshots, flags, p, io, files);
  } catch (err) {
    if (!flags.snapshot && !flags.saveSnapshot) {
      const rescue = join(tmpdir(), `annexa-snapshot-${snapshots[0]?.account.id ?? 'none'}-${Date.now()}.json`);
      saveSnapshots(rescue, snapshots);
      io.stderr(`annexa: the collected inventory is saved in ${rescue}; re-run with --snapshot ${rescue}`);
    }
    throw err;
  }
}
