/**
 * The one place the report touches the scan history store (src/history, written alongside).
 * If the store's shape changes, this file is the only one to fix.
 */
import { existsSync } from 'node:fs';
import { InputError } from '../errors.js';

/** Status counts of one control's evidence in one recorded scan. */
export interface StatusPoint {
  scanId: string;
  at: string;
  pass: number;
  fail: number;
  error: number;
  not_applicable: number;
  waived: number;
}

/** Controls by their worst status in one scan: the "operating over time" view. */
export interface ControlsPoint {
  scanId: string;
  at: string;
  pass: number;
  fail: number;
  error: number;
}

export interface ReportHistory {
  overall: ControlsPoint[];
  byControl: Map<string, StatusPoint[]>;
}

/** The part of the history store the report reads. */
export interface HistoryReader {
  controlTrend(controlId: string, framework?: string): StatusPoint[];
  close(): void;
}
export type OpenHistory = (file: string) => Promise<HistoryReader>;
interface HistoryModule {
  openHistory(file: string, opts?: { readonly?: boolean }): HistoryReader;
}

// Resolved at run time so the report builds whether or not the history module is present.
const STORE_MODULE = '../history/store.js';

/** Open the store read-only: a report never changes the history it reads. */
export const openStore: OpenHistory = async (file) => {
  let mod: HistoryModule;
  try {
    mod = (await import(STORE_MODULE)) as HistoryModule;
  } catch {
    throw new InputError('--history', 'scan history is not available in this build of annexa');
  }
  return mod.openHistory(file, { readonly: true });
};

/** Worst status wins: one failing item means the control did not operate as intended in that scan. */
function worst(p: StatusPoint): 'pass' | 'fail' | 'error' | undefined {
  if (p.fail > 0) return 'fail';
  if (p.error > 0) return 'error';
  if (p.pass > 0) return 'pass';
  return undefined;
}

export function controlsOverTime(byControl: ReadonlyMap<string, readonly StatusPoint[]>): ControlsPoint[] {
  const scans = new Map<string, ControlsPoint>();
  for (const points of byControl.values()) {
    for (const p of points) {
      const s = scans.get(p.scanId) ?? { scanId: p.scanId, at: p.at, pass: 0, fail: 0, error: 0 };
      const w = worst(p);
      if (w) s[w]++;
      scans.set(p.scanId, s);
    }
  }
  return [...scans.values()].sort((a, b) => a.at.localeCompare(b.at) || a.scanId.localeCompare(b.scanId));
}

/** Read every control's trend from a history store, without writing to it. */
export async function readHistory(file: string, label: string, controlIds: readonly string[], open: OpenHistory = openStore): Promise<ReportHistory> {
  if (!existsSync(file)) throw new InputError(label, 'file not found');
  let store: HistoryReader;
  try {
    store = await open(file);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(label, `cannot open the history store (${err instanceof Error ? err.message : String(err)})`);
  }
  try {
    const byControl = new Map<string, StatusPoint[]>();
    for (const id of controlIds) {
      const points = store.controlTrend(id, 'iso27001:2022');
      if (points.length) byControl.set(id, [...points].sort((a, b) => a.at.localeCompare(b.at)));
    }
    return { overall: controlsOverTime(byControl), byControl };
  } finally {
    store.close();
  }
}
