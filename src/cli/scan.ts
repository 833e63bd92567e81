import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig, type Config } from '../config/config.js';
import type { CheckParams } from '../config/params.js';
import { evaluateAll } from '../engine/evaluate.js';
import { gate } from '../engine/gate.js';
import { selectChecks } from '../engine/plan.js';
import { ALL_CHECKS } from '../engine/registry.js';
import { InputError } from '../errors.js';
import { loadSnapshots, saveSnapshots } from '../inventory/snapshot-file.js';
import type { Snapshot } from '../inventory/snapshot.js';
import { controlsByCheck } from '../mapping/coverage.js';
import { loadMappings } from '../mapping/load.js';
import type { Check } from '../model/check.js';
import type { Severity } from '../model/status.js';
import { writeOutputs } from '../output/writers.js';
import { buildResult, type ResultDocument } from '../output/result.js';
import { renderSummary } from '../output/summary.js';
import type { CliIO } from './io.js';
import { failOnOption, formatsOption, list, positiveInt, regionsOption, severityOption, type Format } from './options.js';
import { progressReporter } from './progress.js';
import { orgScanOptions, type OrgFlags } from '../providers/aws/org-options.js';

export interface ScanFlags extends OrgFlags {
  snapshot?: string;
  profile?: string;
  regions?: string;
  checks?: string;
  severity?: string;
  out?: string;
  format: string;
  saveSnapshot?: string;
  config?: string;
  failOn?: string;
  allowIncomplete?: boolean;
  concurrency?: string;
  maxAttempts?: string;
  endpointUrl?: string;
  quiet?: boolean;
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
  formats: Format[];
  failOn: Severity | 'none';
  checks: Check[];
}

function plan(flags: ScanFlags, io: CliIO): ScanPlan {
  const { config, params } = loadConfig(flags.config && resolve(io.cwd, flags.config), io.cwd);
  const formats = formatsOption(flags.format);
  const failOn = failOnOption(flags.failOn ?? config.failOn ?? 'high');
  const checks = selectChecks(ALL_CHECKS, {
    checks: list(flags.checks) ?? config.checks,
    ...(flags.severity ? { minSeverity: severityOption('--severity', flags.severity) } : {}),
  });
  if (checks.length === 0) throw new InputError('--severity', 'no checks selected');
  return { config, params, formats, failOn, checks };
}

async function obtainSnapshots(provider: string | undefined, flags: ScanFlags, p: ScanPlan, io: CliIO): Promise<Snapshot[]> {
  if (flags.snapshot) {
    const all = loadSnapshots(resolve(io.cwd, flags.snapshot));
    if (!provider) return all;
    const mine = all.filter((s) => s.provider === provider);
    if (mine.length === 0) throw new InputError('--snapshot', `holds no ${provider} snapshot (it has ${[...new Set(all.map((s) => s.provider))].join(', ')})`);
    return mine;
  }
  if (!provider) throw new InputError('scan', 'name a provider (`annexa scan aws`) or a saved snapshot (`annexa scan --snapshot FILE`)');
  if (provider !== 'aws') throw new InputError('scan', `unknown provider "${provider}" (supported: aws)`);

  const regions = regionsOption(flags.regions) ?? p.config.regions;
  const concurrency = positiveInt('--concurrency', flags.concurrency) ?? p.config.concurrency;
  const maxAttempts = positiveInt('--max-attempts', flags.maxAttempts);
  const endpoint = flags.endpointUrl ?? io.env.AWS_ENDPOINT_URL;
  const maxRps = positiveInt('--max-rps', flags.maxRps);
  const org = orgScanOptions(flags);
  const { collectAws } = await import('../providers/aws/scan.js');
  const progress = progressReporter(io, Boolean(flags.quiet));
  const common = {
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(regions ? { regions } : {}),
    ...(endpoint ? { endpoint } : {}),
    ...(concurrency ? { concurrency } : {}),
    ...(maxAttempts ? { maxAttempts } : {}),
    ...(maxRps ? { maxRps } : {}),
  };
  try {
    if (org) {
      const { collectAwsOrg } = await import('../providers/aws/org.js');
      return await collectAwsOrg(p.checks, { ...common, ...org, progress: (x) => progress.update(x) });
    }
    return [
      await collectAws(p.checks, {
        ...common,
        progress: (x) => progress.update(x),
      }),
    ];
  } finally {
    progress.done();
  }
}

function evaluateAndWrite(snapshots: Snapshot[], flags: ScanFlags, p: ScanPlan, io: CliIO, files: string[]): ScanOutcome {
  const mappings = loadMappings();
  const items = evaluateAll(snapshots, p.checks, p.params, controlsByCheck(mappings));
  const providers = new Set(snapshots.map((s) => s.provider));
  const result = buildResult({
    snapshots,
    items,
    mappings,
    checkIds: p.checks.filter((c) => providers.has(c.meta.provider)).map((c) => c.meta.id).sort(),
    params: p.params,
    source: flags.snapshot ? 'snapshot' : 'live',
  });
  const outDir = resolve(io.cwd, flags.out ?? p.config.out ?? 'annexa-out');
  files.push(...writeOutputs(p.formats, outDir, result, { cwd: io.cwd, warn: (l) => io.stderr(`annexa: ${l}`) }));

  const outcome = gate(result, { failOn: p.failOn, allowIncomplete: Boolean(flags.allowIncomplete) });
  if (!flags.quiet) io.stdout(renderSummary(result) + '\n\n');
  const rel = (f: string): string => (f.startsWith(io.cwd + '/') ? f.slice(io.cwd.length + 1) : f);
  io.stdout(`Wrote ${files.map(rel).join(', ') || 'nothing'}`);
  io.stdout(`Exit ${outcome.exitCode}: ${outcome.reason}`);
  return { exitCode: outcome.exitCode, result, files };
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
