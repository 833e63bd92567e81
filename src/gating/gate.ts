import { EXIT } from '../errors.js';
import type { EvidenceItem } from '../model/evidence.js';
import { atLeast, bySeverity, type Severity } from '../model/status.js';
import type { ResultDocument } from '../output/result.js';

export interface GateOptions {
  failOn: Severity | 'none';
  /** ISO/IEC 27001:2022 control ids: any failing item mapped to one of them blocks, whatever its severity. */
  failOnControls?: readonly string[];
  allowIncomplete: boolean;
}

export interface GateOutcome {
  exitCode: number;
  /** `pass` only when the exit code is 0: an incomplete scan does not clear a deployment. */
  gate: 'pass' | 'fail';
  reason: string;
  /** The failing items that decided exit 1, most severe first. */
  blocking: EvidenceItem[];
}

/** Most severe first, then by check and resource, so every output lists findings in the same order. */
export function byPriority(a: EvidenceItem, b: EvidenceItem): number {
  return bySeverity(a.severity, b.severity) || a.checkId.localeCompare(b.checkId) || a.resource.id.localeCompare(b.resource.id);
}

function mappedTo(item: EvidenceItem, controls: ReadonlySet<string>): boolean {
  return (item.controls['iso27001:2022'] ?? []).some((c) => controls.has(c));
}

/**
 * Waived items never block. With a baseline, only items new since it can block.
 * Findings above the threshold win over incompleteness: they are the louder signal.
 */
export function gate(result: ResultDocument, opts: GateOptions): GateOutcome {
  const threshold = opts.failOn;
  const controls = new Set(opts.failOnControls ?? []);
  const fresh = result.baseline ? new Set(result.baseline.newItems) : undefined;
  const candidates = result.items.filter((i) => i.status === 'fail' && !i.waiver && (!fresh || fresh.has(i.id)));
  const bySev = threshold === 'none' ? [] : candidates.filter((i) => atLeast(i.severity, threshold));
  const byControl = candidates.filter((i) => mappedTo(i, controls));
  const blocking = [...new Set([...bySev, ...byControl])].sort(byPriority);
  const qualifier = fresh ? ' new since the baseline' : '';
  const waived = result.items.filter((i) => i.waiver).length;
  const waivedNote = waived ? `; ${waived} waived item(s) ignored` : '';

  if (blocking.length > 0) {
    const sevRule = `at or above ${threshold} (--fail-on ${threshold})`;
    const controlRule = `mapped to ${[...controls].join(', ')} (--fail-on-control)`;
    const why =
      bySev.length && byControl.length
        ? `: ${bySev.length} ${sevRule}, ${byControl.length} ${controlRule}`
        : ` ${bySev.length ? sevRule : controlRule}`;
    return { exitCode: EXIT.findings, gate: 'fail', reason: `${blocking.length} failing item(s)${qualifier}${why}${waivedNote}`, blocking };
  }
  const errors = result.summary.byStatus.error;
  if (errors > 0 && !opts.allowIncomplete) {
    return {
      exitCode: EXIT.incomplete,
      gate: 'fail',
      reason: `${errors} item(s) could not be evaluated; grant the permissions listed above or pass --allow-incomplete`,
      blocking,
    };
  }
  const rules = [
    ...(threshold === 'none' ? [] : [`at or above ${threshold}`]),
    ...(controls.size ? [`mapped to ${[...controls].join(', ')}`] : []),
  ];
  const reason = rules.length ? `nothing${qualifier} failing ${rules.join(' or ')}${waivedNote}` : 'gating disabled (--fail-on none)';
  return { exitCode: EXIT.ok, gate: 'pass', reason, blocking };
}

/** Failing items in the order CI outputs show them: what blocks, then other failures, then waived ones. */
export function rankFailing(
  result: ResultDocument,
  outcome: GateOutcome,
): { blocking: EvidenceItem[]; other: EvidenceItem[]; waived: EvidenceItem[] } {
  const blocks = new Set(outcome.blocking);
  const failing = result.items.filter((i) => i.status === 'fail').sort(byPriority);
  return {
    blocking: outcome.blocking,
    other: failing.filter((i) => !i.waiver && !blocks.has(i)),
    waived: failing.filter((i) => i.waiver),
  };
}
