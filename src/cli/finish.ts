/** The shared last step of `scan` and `merge`: waivers, baseline, outputs, history, gate, summaries. */
import { resolve } from 'node:path';
import type { Config } from '../config/config.js';
import { InputError } from '../errors.js';
import { type Baseline, compareWithBaseline, loadBaseline } from '../gating/baseline.js';
import { type GateOutcome, gate } from '../gating/gate.js';
import { applyWaivers, loadWaivers, type Waiver, waiverNotes } from '../gating/waivers.js';
import type { MappingSet } from '../mapping/load.js';
import type { Severity } from '../model/status.js';
import type { ResultDocument } from '../output/result.js';
import { sarifWriterOptions } from '../output/sarif.js';
import { renderSummary } from '../output/summary.js';
import { type Format, writeOutputs } from '../output/writers.js';
import { shownName } from '../shown-name.js';
import { publishForCi } from './ci-outputs.js';
import { type HistoryRecorder, prepareHistory } from './history.js';
import type { CliIO } from './io.js';
import { failOnOption, formatsOption, list } from './options.js';
import { writingToAsync } from './output-errors.js';

export interface FinishFlags {
  out?: string;
  format: string;
  sarifInclude?: string;
  sarifCategory?: string;
  iacMap?: string;
  failOn?: string;
  failOnControl?: string;
  baseline?: string;
  waivers?: string;
  summaryMd?: string;
  allowIncomplete?: boolean;
  quiet?: boolean;
  history?: string | boolean;
}

/** Everything the last step needs, read and validated before any API call. */
export interface FinishPlan {
  outDir: string;
  formats: Format[];
  sarif: ReturnType<typeof sarifWriterOptions>;
  failOn: Severity | 'none';
  failOnControls: string[];
  waivers?: { file: string; rules: Waiver[] };
  baseline?: Baseline;
  history: HistoryRecorder | undefined;
  summaryMd?: string;
  allowIncomplete: boolean;
  quiet: boolean;
}

/** Control ids from `--fail-on-control` or the config, checked against the ISO/IEC 27001:2022 catalogue. */
function failOnControlsOption(ids: readonly string[], source: string, mappings: MappingSet): string[] {
  const known = new Set(mappings.catalogues.find((c) => c.framework === 'iso27001:2022')?.controls.map((c) => c.id));
  for (const id of ids) {
    if (!known.has(id))
      throw new InputError(source, `"${id}" is not an ISO/IEC 27001:2022 Annex A control; run \`annexa controls list\` to see ids`);
  }
  return [...ids];
}

export function planFinish(
  flags: FinishFlags,
  config: Config,
  configFile: string | undefined,
  mappings: MappingSet,
  io: CliIO,
): FinishPlan {
  const fromFlag = list(flags.failOnControl);
  return {
    outDir: resolve(io.cwd, flags.out ?? config.out ?? 'annexa-out'),
    formats: formatsOption(flags.format),
    sarif: sarifWriterOptions(flags, io.cwd),
    failOn: failOnOption(flags.failOn ?? config.failOn ?? 'high'),
    failOnControls: failOnControlsOption(
      fromFlag ?? config.failOnControls ?? [],
      fromFlag ? '--fail-on-control' : `${configFile}: failOnControls`,
      mappings,
    ),
    ...(flags.waivers ? { waivers: { file: flags.waivers, rules: loadWaivers(resolve(io.cwd, flags.waivers), flags.waivers) } } : {}),
    ...(flags.baseline ? { baseline: loadBaseline(resolve(io.cwd, flags.baseline), flags.baseline) } : {}),
    history: prepareHistory(flags.history, config, io.cwd),
    ...(flags.summaryMd ? { summaryMd: flags.summaryMd } : {}),
    allowIncomplete: Boolean(flags.allowIncomplete),
    quiet: Boolean(flags.quiet),
  };
}

/** Waiver and baseline counts for the text summary. */
function gatingLines(result: ResultDocument): string[] {
  const lines: string[] = [];
  const w = result.run.waivers;
  if (w) lines.push(`Waivers (${w.file}): ${w.applied} failing item(s) waived, ${w.expired.length} expired, ${w.unused.length} unused`);
  const b = result.baseline;
  if (b)
    lines.push(
      `Baseline (${b.file}): ${b.new} new, ${b.unchanged} unchanged, ${b.resolved} resolved, ${b.unverified} unverified (now error)`,
    );
  return lines;
}

export interface Finished {
  exitCode: number;
  outcome: GateOutcome;
  files: string[];
}

/**
 * Marks waived items and compares with the baseline (both change what gates), writes every
 * output, records history, then gates and reports. `extra` writes outputs that need more than
 * the result, such as the evidence bundle, which needs the snapshots.
 */
export async function finish(
  result: ResultDocument,
  p: FinishPlan,
  io: CliIO,
  files: string[],
  extra: ((r: ResultDocument) => string[] | Promise<string[]>)[] = [],
): Promise<Finished> {
  if (p.waivers) {
    const waived = applyWaivers(result.items, p.waivers.rules, io.now?.() ?? new Date(), p.waivers.file);
    result.items = waived.items;
    result.run.waivers = waived.report;
    // One line each: the waiver file's name and its fields are the user's text.
    for (const note of waiverNotes(waived.report)) io.stderr(`annexa: ${shownName(note)}`);
  }
  if (p.baseline)
    result.baseline = compareWithBaseline(
      result.items,
      { checks: result.run.checks, accounts: result.run.accounts.map((a) => a.account) },
      p.baseline,
    );

  files.push(
    ...(await writingToAsync('--out', () =>
      writeOutputs(p.formats, p.outDir, result, { cwd: io.cwd, warn: (l) => io.stderr(`annexa: ${shownName(l)}`), ...p.sarif }),
    )),
  );
  for (const write of extra) files.push(...(await write(result)));
  const recorded = p.history?.(result);
  if (recorded) files.push(recorded.file);

  const outcome = gate(result, { failOn: p.failOn, failOnControls: p.failOnControls, allowIncomplete: p.allowIncomplete });
  if (!p.quiet)
    io.stdout(
      renderSummary(result) +
        '\n' +
        gatingLines(result)
          .map((l) => `${l}\n`)
          .join('') +
        '\n',
    );
  files.push(...publishForCi(result, outcome, files, { ...(p.summaryMd ? { summaryMd: p.summaryMd } : {}) }, io));
  if (!p.quiet) {
    const rel = (f: string): string => (f.startsWith(`${io.cwd}/`) ? f.slice(io.cwd.length + 1) : f);
    io.stdout(`Wrote ${files.map((f) => shownName(rel(f))).join(', ') || 'nothing'}`);
    if (recorded) io.stdout(`Recorded scan ${recorded.id} in the history`);
    io.stdout(`Exit ${outcome.exitCode}: ${outcome.reason}`);
  }
  return { exitCode: outcome.exitCode, outcome, files };
}
