import { gunzipSync, gzipSync } from 'node:zlib';
import type { Severity } from '../model/status.js';
import type { SarifResult, SarifRun } from './sarif-types.js';

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

export const tooManyResults = (limits: SarifLimits): string => `more than ${limits.maxResultsPerRun} results in one run`;

/**
 * Record in the run that `dropped` results (by severity, most severe first) were left out for
 * `reason`, leaving `kept`.
 */
export function recordCut(run: SarifRun, dropped: Iterable<[Severity, number]>, kept: number, reason: string): void {
  const prev = run.properties.truncated as Truncation | undefined;
  const t: Truncation = prev ?? { reason: [], kept: 0, omitted: 0, omittedBySeverity: {} };
  if (!t.reason.includes(reason)) t.reason.push(reason);
  for (const [s, n] of dropped) {
    t.omittedBySeverity[s] = (t.omittedBySeverity[s] ?? 0) + n;
    t.omitted += n;
  }
  t.kept = kept;
  run.properties.truncated = t;
}

/** Keep the first `keep` results (the caller sorted them most severe first) and record the rest. */
function cut(run: SarifRun, keep: number, reason: string): void {
  if (keep >= run.results.length) return;
  const dropped = new Map<Severity, number>();
  for (const r of run.results.slice(keep)) dropped.set(severityOf(r), (dropped.get(severityOf(r)) ?? 0) + 1);
  run.results = run.results.slice(0, keep);
  recordCut(run, dropped, keep, reason);
}

/** One run as it stands inside the file's `runs` array (indented two levels), so pieces join into `JSON.stringify(log, null, 2)`. */
export function runText(run: SarifRun): string {
  return JSON.stringify(run, null, 2).replace(/\n/g, '\n    ');
}

/** The file around its runs: the same bytes `JSON.stringify(log, null, 2)` gives, with a final newline. */
export function sarifFrame(schemaUri: string, empty: boolean): { head: string; separator: string; tail: string } {
  const head = `{\n  "$schema": ${JSON.stringify(schemaUri)},\n  "version": "2.1.0",\n  "runs": [`;
  return empty ? { head, separator: '', tail: ']\n}\n' } : { head: `${head}\n    `, separator: ',\n    ', tail: '\n  ]\n}\n' };
}

/** A finished run kept compressed while the other runs of its file are made: a file of 20 runs never sits in memory as text. */
export interface RunPiece {
  gz: Buffer;
  results: number;
  truncated?: Truncation;
  id: string;
}

const GZ_MEMBER = 1 << 20;

/**
 * A run's text gzipped in members of about 1 MiB (a gzip file may hold several; gunzip reads them
 * all), so neither the run nor its text is ever whole in memory: `results` are made one at a time.
 */
export function packRun(run: SarifRun, results: Iterable<SarifResult> = run.results): RunPiece {
  const members: Buffer[] = [];
  let buf = '';
  let count = 0;
  const text = runText({ ...run, results: [] });
  const at = text.indexOf(EMPTY_RESULTS);
  buf = `${text.slice(0, at)}"results": [`;
  for (const r of results) {
    buf += `${count ? ',' : ''}\n        ${JSON.stringify(r, null, 2).replace(/\n/g, '\n        ')}`;
    count++;
    if (buf.length >= GZ_MEMBER) {
      members.push(gzipSync(buf));
      buf = '';
    }
  }
  buf += `${count ? '\n      ]' : ']'}${text.slice(at + EMPTY_RESULTS.length)}`;
  members.push(gzipSync(buf));
  return {
    gz: Buffer.concat(members),
    results: count,
    id: run.automationDetails.id,
    ...(run.properties.truncated ? { truncated: run.properties.truncated as Truncation } : {}),
  };
}

// Keys are never inside a string's escaped quotes, so this marks the one place results go.
const EMPTY_RESULTS = '"results": []';

function unpackRun(piece: RunPiece): SarifRun {
  // runText only re-indents between tokens, so the text parses back to the same run.
  return JSON.parse(gunzipSync(piece.gz).toString('utf8')) as SarifRun;
}

/**
 * Bring one file's runs within GitHub's gzip limit, cutting the least severe results of every run
 * in proportion to the overshoot. The file's size is taken as the sum of its runs gzipped one by
 * one (plus the frame), which is never less than the file gzipped whole: each part pays its own
 * header and cannot refer back into the others. Runs are cut to `maxResultsPerRun` before.
 */
export function fitPieces(pieces: RunPiece[], limits: SarifLimits, frame: string): RunPiece[] {
  const frameBytes = gzipSync(frame).length;
  let out = pieces;
  for (;;) {
    const size = out.reduce((n, p) => n + p.gz.length, frameBytes);
    const total = out.reduce((n, p) => n + p.results, 0);
    if (size <= limits.maxGzipBytes || total === 0) return out;
    // Shrink in proportion to the overshoot, with a margin so this converges in a few rounds.
    const ratio = (limits.maxGzipBytes / size) * 0.9;
    out = out.map((p) => {
      const keep = Math.floor(p.results * ratio);
      if (keep >= p.results) return p;
      const run = unpackRun(p);
      cut(run, keep, `over ${limits.maxGzipBytes} bytes gzipped`);
      return packRun(run);
    });
  }
}

/** A one-line stderr report of what a run lost, or nothing. */
export function truncationWarning(piece: { id: string; truncated?: Truncation }): string | undefined {
  const t = piece.truncated;
  if (!t) return undefined;
  const by = Object.entries(t.omittedBySeverity)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  return `SARIF for ${piece.id}: kept the ${t.kept} most severe results and left out ${t.omitted} (${by}) to stay within GitHub's limits (${t.reason.join('; ')}); the JSON output has every item`;
}
