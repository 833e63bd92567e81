/** `scan --history [FILE]` and `annexa history list | diff | trend`. */
import { resolve } from 'node:path';
import { type Config, loadConfig } from '../config/config.js';
import { allMappings } from '../engine/mappings.js';
import { InputError } from '../errors.js';
import { DEFAULT_HISTORY_FILE, type HistoryDiff, type HistoryItem, openHistory, type TrendPoint } from '../history/store.js';
import { FRAMEWORK_KEYS } from '../mapping/load.js';
import type { ResultDocument } from '../output/result.js';
import { shownName } from '../shown-name.js';
import type { CliIO } from './io.js';
import { table } from './lists.js';
import { textOrJson } from './options.js';

/** Records one finished scan; returns the history file and the new scan id. */
export type HistoryRecorder = (result: ResultDocument) => { file: string; id: string };

/**
 * `--history` (the configured or default file), `--history FILE`, or a `history` block in
 * annexa.yaml turn recording on. The file is opened once here so a wrong file fails before
 * the scan starts.
 */
export function prepareHistory(flag: string | boolean | undefined, config: Config, cwd: string): HistoryRecorder | undefined {
  if (!flag && !config.history) return undefined;
  const shownAs = typeof flag === 'string' ? flag : (config.history?.file ?? DEFAULT_HISTORY_FILE);
  const file = resolve(cwd, shownAs);
  const retain = config.history?.retain ?? {};
  openHistory(file, { retain, shownAs }).close();
  return (result) => {
    const store = openHistory(file, { retain, shownAs });
    try {
      return { file, id: store.record(result) };
    } finally {
      store.close();
    }
  };
}

export interface HistoryFlags {
  file?: string;
  /** `--history`, accepted because `scan` and `report soa` name the store that way. */
  history?: string;
  config?: string;
  format?: string;
}

function withHistory<T>(flags: HistoryFlags, io: CliIO, use: (store: ReturnType<typeof openHistory>) => T): T {
  const { config } = loadConfig(flags.config && resolve(io.cwd, flags.config), io.cwd);
  if (flags.file && flags.history && flags.file !== flags.history)
    throw new InputError('--history', `names ${shownName(flags.history)} but --file names ${shownName(flags.file)}; give one`);
  const shownAs = flags.file ?? flags.history ?? config.history?.file ?? DEFAULT_HISTORY_FILE;
  const store = openHistory(resolve(io.cwd, shownAs), { readonly: true, shownAs });
  try {
    return use(store);
  } finally {
    store.close();
  }
}

export function historyList(flags: HistoryFlags, io: CliIO): number {
  const format = textOrJson(flags.format);
  const scans = withHistory(flags, io, (h) => h.scans());
  if (format === 'json') {
    io.stdout(JSON.stringify(scans, null, 2));
    return 0;
  }
  const rows = [['SCAN', 'COLLECTED', 'ACCOUNTS', 'ITEMS', 'COMPLETE']];
  for (const s of scans) rows.push([s.id, s.finishedAt, s.accounts.join(','), String(s.items), s.complete ? 'yes' : 'no']);
  io.stdout(table(rows));
  io.stdout(`\n${scans.length} scan${scans.length === 1 ? '' : 's'}`);
  return 0;
}

const where = (i: HistoryItem): string => `${i.checkId}  ${i.account} ${i.region}  ${i.resourceName}`;
const mark = (status: string, waived: boolean): string => `${status}${waived ? ' (waived)' : ''}`;

function renderDiff(d: HistoryDiff): string {
  const out = [`${d.from.id} (${d.from.finishedAt}) → ${d.to.id} (${d.to.finishedAt})`];
  const section = (title: string, lines: string[]): void => {
    out.push('', `${title} (${lines.length})`, ...lines.map((l) => `  ${l}`));
  };
  section(
    'New',
    d.new.map((i) => `${mark(i.status, i.waived).padEnd(14)} ${i.severity.padEnd(8)} ${where(i)}`),
  );
  section(
    'Resolved (gone from the later scan)',
    d.resolved.map((i) => `${mark(i.status, i.waived).padEnd(14)} ${i.severity.padEnd(8)} ${where(i)}`),
  );
  section(
    'Changed',
    d.changed.map(
      (c) =>
        `${`${mark(c.from.status, c.from.waived)} → ${mark(c.to.status, c.to.waived)}`.padEnd(24)} ${c.item.severity.padEnd(8)} ${where(c.item)}`,
    ),
  );
  out.push('', `Unchanged: ${d.unchanged}`);
  return out.join('\n');
}

export function historyDiff(a: string, b: string, flags: HistoryFlags, io: CliIO): number {
  const format = textOrJson(flags.format);
  const d = withHistory(flags, io, (h) => h.diff(a, b));
  io.stdout(format === 'json' ? JSON.stringify(d, null, 2) : renderDiff(d));
  return 0;
}

export interface TrendFlags extends HistoryFlags {
  control?: string;
  framework?: string;
}

function renderTrend(control: string, framework: string, points: TrendPoint[]): string {
  const rows = [['SCAN', 'COLLECTED', 'PASS', 'FAIL', 'ERROR', 'N/A', 'WAIVED']];
  for (const p of points)
    rows.push([p.scanId, p.at, String(p.pass), String(p.fail), String(p.error), String(p.not_applicable), String(p.waived)]);
  return `${framework} ${control}: items per scan (waived items also count under their status)\n\n${table(rows)}`;
}

export function historyTrend(flags: TrendFlags, io: CliIO): number {
  const format = textOrJson(flags.format);
  const control = flags.control;
  if (!control) throw new InputError('--control', 'name a control, e.g. --control A.8.24');
  const framework = flags.framework ?? 'iso27001:2022';
  if (!(FRAMEWORK_KEYS as readonly string[]).includes(framework))
    throw new InputError('--framework', `"${framework}" is not a framework (${FRAMEWORK_KEYS.join(', ')})`);
  const catalogue = allMappings().catalogues.find((c) => c.framework === framework);
  if (catalogue && !catalogue.controls.some((c) => c.id === control))
    throw new InputError('--control', `"${control}" is not a control of ${framework}`);
  const points = withHistory(flags, io, (h) => h.controlTrend(control, framework));
  io.stdout(format === 'json' ? JSON.stringify({ framework, control, points }, null, 2) : renderTrend(control, framework, points));
  return 0;
}
