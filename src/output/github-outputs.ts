/** Step outputs for GitHub Actions, appended to `$GITHUB_OUTPUT`. */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import type { GateOutcome } from '../gating/gate.js';
import { SEVERITIES, STATUSES } from '../model/status.js';
import type { ResultDocument } from './result.js';

export interface OutputFiles {
  json?: string;
  sarif?: string;
  summary?: string;
}

/**
 * Counts by status (`pass`, `fail`, `error`, `not-applicable`), failing counts by severity
 * (`critical` … `info`), `waived`, baseline counts (`new`, `unchanged`, `resolved`), file paths,
 * `gate` and `exit-code`. Paths are empty when the file was not written.
 */
export function githubOutputs(result: ResultDocument, outcome: GateOutcome, files: OutputFiles): Record<string, string> {
  const out: Record<string, string> = { items: String(result.summary.items) };
  for (const s of STATUSES) out[s.replace('_', '-')] = String(result.summary.byStatus[s]);
  for (const s of SEVERITIES) out[s] = String(result.summary.failingBySeverity[s]);
  // The waiver report counted them as waivers were applied; only a result without one (read back
  // from a file) is read again, which on a spooled run costs a whole pass.
  let waived = result.run.waivers?.applied;
  if (waived === undefined) {
    waived = 0;
    for (const i of result.items) if (i.waiver) waived++;
  }
  out.waived = String(waived);
  const b = result.baseline;
  out.new = b ? String(b.new) : '';
  out.unchanged = b ? String(b.unchanged) : '';
  out.resolved = b ? String(b.resolved) : '';
  out.json = files.json ?? '';
  out.sarif = files.sarif ?? '';
  out.summary = files.summary ?? '';
  out.gate = outcome.gate;
  out['exit-code'] = String(outcome.exitCode);
  return out;
}

/**
 * The heredoc form GitHub documents for multiline values (`name<<DELIMITER`), with a
 * random delimiter that provably does not occur in the value, so no value can end early.
 */
export function formatOutputs(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([name, value]) => {
      let delimiter = `ghadelimiter_${randomUUID()}`;
      while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
      return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    })
    .join('');
}

export function appendGithubOutputs(file: string, values: Record<string, string>): void {
  appendFileSync(file, formatOutputs(values));
}
