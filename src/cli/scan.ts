import { resolve } from 'node:path';
import { loadConfig } from '../config/config.js';
import { evaluate } from '../engine/evaluate.js';
import { gate } from '../engine/gate.js';
import { selectChecks } from '../engine/plan.js';
import { ALL_CHECKS } from '../engine/registry.js';
import { InputError } from '../errors.js';
import { loadSnapshot, saveSnapshot } from '../inventory/snapshot-file.js';
import type { Snapshot } from '../inventory/snapshot.js';
import { controlsByCheck } from '../mapping/coverage.js';
import { loadMappings } from '../mapping/load.js';
import { writeJson } from '../output/json.js';
import { buildResult, type ResultDocument } from '../output/result.js';
import { renderSummary } from '../output/summary.js';
import type { CliIO } from './io.js';
import { failOnOption, formatsOption, positiveInt, regionsOption, list, severityOption } from './options.js';
import { progressReporter } from './progress.js';

export interface ScanFlags {
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
}

export interface ScanOutcome {
  exitCode: number;
  result: ResultDocument;
  files: string[];
}

export async function scanCommand(provider: string | undefined, flags: ScanFlags, io: CliIO): Promise<ScanOutcome> {
  const { config, params } = loadConfig(flags.config && resolve(io.cwd, flags.config), io.cwd);
  const formats = formatsOption(flags.format);
  const failOn = failOnOption(flags.failOn ?? config.failOn ?? 'high');
  const checks = selectChecks(ALL_CHECKS, {
    checks: list(flags.checks) ?? config.checks,
    ...(flags.severity ? { minSeverity: severityOption('--severity', flags.severity) } : {}),
  });
  if (checks.length === 0) throw new InputError('--severity', 'no checks selected');
  const mappings = loadMappings();

  let snapshot: Snapshot;
  if (flags.snapshot) {
    snapshot = loadSnapshot(resolve(io.cwd, flags.snapshot));
    if (provider && provider !== snapshot.provider) throw new InputError('--snapshot', `holds a ${snapshot.provider} snapshot, not ${provider}`);
  } else if (provider === 'aws') {
    const { collectAws } = await import('../providers/aws/scan.js');
    const progress = progressReporter(io, Boolean(flags.quiet));
    const endpoint = flags.endpointUrl ?? io.env.AWS_ENDPOINT_URL;
    const regions = regionsOption(flags.regions) ?? config.regions;
    const concurrency = positiveInt('--concurrency', flags.concurrency) ?? config.concurrency;
    const maxAttempts = positiveInt('--max-attempts', flags.maxAttempts);
    try {
      snapshot = await collectAws(checks, {
        ...(flags.profile ? { profile: flags.profile } : {}),
        ...(regions ? { regions } : {}),
        ...(endpoint ? { endpoint } : {}),
        ...(concurrency ? { concurrency } : {}),
        ...(maxAttempts ? { maxAttempts } : {}),
        progress: (p) => progress.update(p),
      });
    } finally {
      progress.done();
    }
  } else if (provider) {
    throw new InputError('scan', `unknown provider "${provider}" (supported: aws)`);
  } else {
    throw new InputError('scan', 'name a provider (`annexa scan aws`) or a saved snapshot (`annexa scan --snapshot FILE`)');
  }

  // Save before evaluating, so a later failure never loses what was collected.
  const files: string[] = [];
  if (flags.saveSnapshot) {
    const file = resolve(io.cwd, flags.saveSnapshot);
    saveSnapshot(file, snapshot);
    files.push(file);
  }

  const items = evaluate(snapshot, checks, params, controlsByCheck(mappings));
  const result = buildResult({
    snapshot,
    items,
    mappings,
    checkIds: checks.map((c) => c.meta.id),
    params,
    source: flags.snapshot ? 'snapshot' : 'live',
  });

  const outDir = resolve(io.cwd, flags.out ?? config.out ?? 'annexa-out');
  for (const f of formats) if (f === 'json') files.push(writeJson(outDir, result));

  const outcome = gate(result, { failOn, allowIncomplete: Boolean(flags.allowIncomplete) });
  if (!flags.quiet) io.stdout(renderSummary(result));
  const rel = (f: string): string => (f.startsWith(io.cwd + '/') ? f.slice(io.cwd.length + 1) : f);
  io.stdout(`${flags.quiet ? '' : '\n'}Wrote ${files.map(rel).join(', ') || 'nothing'}`);
  io.stdout(`Exit ${outcome.exitCode}: ${outcome.reason}`);
  return { exitCode: outcome.exitCode, result, files };
}
