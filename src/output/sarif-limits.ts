import { gzipSync } from 'node:zlib';
import type { Severity } from '../model/status.js';
import type { SarifLog, SarifResult, SarifRun } from './sarif-types.js';

/** GitHub code scanning's hard limits on an uploaded SARIF file. */
export interface SarifLimits {
  maxResultsPerRun: number;
  maxGzipBytes: number;
  maxRunsPerFile: number;
}

export const GITHUB_LIMITS: SarifLimits = { maxResultsPerRun: 25_000, maxGzipBytes: 10 * 1024 * 1024, maxRunsPerFile: 20 };

/** What a run lost to the limits; kept in `run.properties.truncated`. */
export interface Truncation {
  reason: string[];
  kept: number;
  omitted: number;
  omittedBySeverity: Partial<Record<Severity, number>>;
}

const severityOf = (r: SarifResult): Severity => r.properties.severity as Severity;

/** Keep the first `keep` results (the caller sorted them most severe first) and record the rest. */
function cut(run: SarifRun, keep: number, reason: string): void {
  if (keep >= run.results.length) return;
  const dropped = run.results.slice(keep);
  run.results = run.results.slice(0, keep);
  const prev = run.properties.truncated as Truncation | undefined;
  const t: Truncation = prev ?? { reason: [], kept: 0, omitted: 0, omittedBySeverity: {} };
  if (!t.reason.includes(reason)) t.reason.push(reason);
  for (const r of dropped) t.omittedBySeverity[severityOf(r)] = (t.omittedBySeverity[severityOf(r)] ?? 0) + 1;
  t.omitted += dropped.length;
  t.kept = run.results.length;
  run.properties.truncated = t;
}

export function serialize(log: SarifLog): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * Bring one file's runs within GitHub's limits, cutting the least severe results first.
 * Returns the serialised file, so the bytes checked are the bytes written.
 */
export function fitToLimits(log: SarifLog, limits: SarifLimits): string {
  for (const run of log.runs) cut(run, limits.maxResultsPerRun, `more than ${limits.maxResultsPerRun} results in one run`);
  let text = serialize(log);
  for (;;) {
    const size = gzipSync(text).length;
    const total = log.runs.reduce((n, r) => n + r.results.length, 0);
    if (size <= limits.maxGzipBytes || total === 0) return text;
    // Shrink in proportion to the overshoot, with a margin so this converges in a few rounds.
    const ratio = (limits.maxGzipBytes / size) * 0.9;
    for (const run of log.runs) cut(run, Math.floor(run.results.length * ratio), `over ${limits.maxGzipBytes} bytes gzipped`);
    text = serialize(log);
  }
}

/** A one-line stderr report of what a run lost, or nothing. */
export function truncationWarning(run: SarifRun): string | undefined {
  const t = run.properties.truncated as Truncation | undefined;
  if (!t) return undefined;
  const by = Object.entries(t.omittedBySeverity)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  return `SARIF for ${run.automationDetails.id}: kept the ${t.kept} most severe results and left out ${t.omitted} (${by}) to stay within GitHub's limits (${t.reason.join('; ')}); the JSON output has every item`;
}
