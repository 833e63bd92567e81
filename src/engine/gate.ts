import { EXIT } from '../errors.js';
import { atLeast, type Severity } from '../model/status.js';
import type { ResultDocument } from '../output/result.js';

export interface GateOptions {
  failOn: Severity | 'none';
  allowIncomplete: boolean;
}

export interface GateOutcome {
  exitCode: number;
  reason: string;
}

/** Findings above the threshold win over incompleteness: they are the louder signal. */
export function gate(result: ResultDocument, opts: GateOptions): GateOutcome {
  const threshold = opts.failOn;
  const blocking = threshold === 'none' ? [] : result.items.filter((i) => i.status === 'fail' && atLeast(i.severity, threshold));
  if (blocking.length > 0) {
    return { exitCode: EXIT.findings, reason: `${blocking.length} failing item(s) at or above ${threshold} (--fail-on ${threshold})` };
  }
  const errors = result.summary.byStatus.error;
  if (errors > 0 && !opts.allowIncomplete) {
    return { exitCode: EXIT.incomplete, reason: `${errors} item(s) could not be evaluated; grant the permissions listed above or pass --allow-incomplete` };
  }
  return { exitCode: EXIT.ok, reason: threshold === 'none' ? 'gating disabled (--fail-on none)' : `nothing failing at or above ${threshold}` };
}
