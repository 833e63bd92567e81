/**
 * The one place the report touches the scan history store (src/history, written alongside).
 * If the store's shape changes, this file is the only one to fix.
 */
import { existsSync } from 'node:fs';
import { InputError } from '../errors.js';
import { type HistoryStore, openHistory, type TrendPoint } from '../history/store.js';

/** Status counts of one control's evidence in one recorded scan. */
export type StatusPoint = TrendPoint;

/** Controls by their worst status in one scan: the "operating over time" view. */
export interface ControlsPoint {
  scanId: string;
  at: string;
  pass: number;
  fail: number;
  error: number;
}

export interface ReportHistory {
  /** Controls by their worst status, per scan. */
  overall: ControlsPoint[];
  /** Evidence results summed over the controls, per scan (an item counts once per control it evidences). */
  results: ControlsPoint[];
  byControl: Map<string, StatusPoint[]>;
}

/** Worst status wins: one failing item means the control did not operate as intended in that scan. */
function worst(p: StatusPoint): 'pass' | 'fail' | 'error' | undefined {
  if (p.fail > 0) return 'fail';
  if (p.error > 0) return 'error';
  if (p.pass > 0) return 'pass';
  return undefined;
}

function perScan(
  byControl: ReadonlyMap<string, readonly StatusPoint[]>,
  add: (into: ControlsPoint, p: StatusPoint) => void,
): ControlsPoint[] {
  const scans = new Map<string, ControlsPoint>();
  for (const points of byControl.values()) {
    for (const p of points) {
      const s = scans.get(p.scanId) ?? { scanId: p.scanId, at: p.at, pass: 0, fail: 0, error: 0 };
      add(s, p);
      scans.set(p.scanId, s);
    }
  }
  return [...scans.values()].sort((a, b) => a.at.localeCompare(b.at) || a.scanId.localeCompare(b.scanId));
}

export function controlsOverTime(byControl: ReadonlyMap<string, readonly StatusPoint[]>): ControlsPoint[] {
  return perScan(byControl, (s, p) => {
    const w = worst(p);
    if (w) s[w]++;
  });
}

export function resultsOverTime(byControl: ReadonlyMap<string, readonly StatusPoint[]>): ControlsPoint[] {
  return perScan(byControl, (s, p) => {
    s.pass += p.pass;
    s.fail += p.fail;
    s.error += p.error;
  });
}

/** Read every control's trend from a history store, opened read-only: a report never changes it. */
export function readHistory(file: string, label: string, controlIds: readonly string[]): ReportHistory {
  if (!existsSync(file)) throw new InputError(label, 'file not found');
  let store: HistoryStore;
  try {
    store = openHistory(file, { readonly: true, shownAs: label });
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(label, `cannot open the history store (${err instanceof Error ? err.message : String(err)})`);
  }
  try {
    const byControl = new Map<string, StatusPoint[]>();
    for (const id of controlIds) {
      const points = store.controlTrend(id, 'iso27001:2022');
      // A control no recorded scan has evidence for (every manual one) gets no chart of zeros.
      if (points.some((p) => p.pass + p.fail + p.error + p.not_applicable > 0))
        byControl.set(
          id,
          [...points].sort((a, b) => a.at.localeCompare(b.at)),
        );
    }
    return { overall: controlsOverTime(byControl), results: resultsOverTime(byControl), byControl };
  } finally {
    store.close();
  }
}
