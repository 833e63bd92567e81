import { EXIT } from '../errors.js';
import type { EvidenceItem } from '../model/evidence.js';
import { notPassing, topItems } from '../model/items.js';
import { atLeast, bySeverity, type Severity } from '../model/status.js';
import { Top } from '../model/top.js';
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
  /** The failing items that decided exit 1, most severe first (the first `SHOWN_ITEMS`). */
  blocking: EvidenceItem[];
  /** How many items block, all of them. */
  blockingCount: number;
  /** Whether an item blocks: `blocking` holds only the first `SHOWN_ITEMS`, so lists of the other failures ask this. */
  isBlocking?: (item: EvidenceItem) => boolean;
}

/** Most severe first, then by check and resource, so every output lists findings in the same order. */
export function byPriority(a: EvidenceItem, b: EvidenceItem): number {
  return bySeverity(a.severity, b.severity) || a.checkId.localeCompare(b.checkId) || a.resource.id.localeCompare(b.resource.id);
}

function mappedTo(item: EvidenceItem, controls: ReadonlySet<string>): boolean {
  return (item.controls['iso27001:2022'] ?? []).some((c) => controls.has(c));
}

/** How many items of each kind the CI outputs list at most; counts always cover all of them. */
export const SHOWN_ITEMS = 1000;

/**
 * Waived items never block. With a baseline, only items new since it can block.
 * Findings above the threshold win over incompleteness: they are the louder signal.
 * One pass over the items, keeping counts and the first `SHOWN_ITEMS` blocking items.
 */
export function gate(result: ResultDocument, opts: GateOptions): GateOutcome {
  const threshold = opts.failOn;
  const controls = new Set(opts.failOnControls ?? []);
  const fresh = result.baseline ? new Set(result.baseline.newItems) : undefined;
  let bySev = 0;
  let byControl = 0;
  let waived = 0;
  const candidate = (i: EvidenceItem): boolean => i.status === 'fail' && !i.waiver && (!fresh || fresh.has(i.id));
  const bySevRule = (i: EvidenceItem): boolean => threshold !== 'none' && atLeast(i.severity, threshold);
  const byControlRule = (i: EvidenceItem): boolean => controls.size > 0 && mappedTo(i, controls);
  const isBlocking = (i: EvidenceItem): boolean => candidate(i) && (bySevRule(i) || byControlRule(i));
  const blocks = (i: EvidenceItem): boolean => {
    if (i.waiver) waived++;
    if (!candidate(i)) return false;
    const sev = bySevRule(i);
    const ctl = byControlRule(i);
    if (sev) bySev++;
    if (ctl) byControl++;
    return sev || ctl;
  };
  // Only failing and waived items count: the run's index of notable items has them all.
  const { top: blocking, total } = topItems(notPassing(result.items), blocks, SHOWN_ITEMS, byPriority);
  const qualifier = fresh ? ' new since the baseline' : '';
  const waivedNote = waived ? `; ${waived} waived item(s) ignored` : '';

  if (total > 0) {
    const sevRule = `at or above ${threshold} (--fail-on ${threshold})`;
    const controlRule = `mapped to ${[...controls].join(', ')} (--fail-on-control)`;
    const why = bySev && byControl ? `: ${bySev} ${sevRule}, ${byControl} ${controlRule}` : ` ${bySev ? sevRule : controlRule}`;
    return {
      exitCode: EXIT.findings,
      gate: 'fail',
      reason: `${total} failing item(s)${qualifier}${why}${waivedNote}`,
      blocking,
      blockingCount: total,
      isBlocking,
    };
  }
  const errors = result.summary.byStatus.error;
  if (errors > 0 && !opts.allowIncomplete) {
    return {
      exitCode: EXIT.incomplete,
      gate: 'fail',
      reason: `${errors} item(s) could not be evaluated; grant the permissions listed above or pass --allow-incomplete`,
      blocking,
      blockingCount: 0,
    };
  }
  const rules = [
    ...(threshold === 'none' ? [] : [`at or above ${threshold}`]),
    ...(controls.size ? [`mapped to ${[...controls].join(', ')}`] : []),
  ];
  const reason = rules.length ? `nothing${qualifier} failing ${rules.join(' or ')}${waivedNote}` : 'gating disabled (--fail-on none)';
  return { exitCode: EXIT.ok, gate: 'pass', reason, blocking, blockingCount: 0 };
}

/**
 * Failing items in the order CI outputs show them: what blocks, then other failures, then waived
 * ones; at most `SHOWN_ITEMS` of each.
 */
export function rankFailing(
  result: ResultDocument,
  outcome: GateOutcome,
): { blocking: EvidenceItem[]; other: EvidenceItem[]; waived: EvidenceItem[] } {
  // Past `SHOWN_ITEMS` blocking items, the rest are not in `outcome.blocking` yet still block: ask the gate's rule.
  const listed = new Set(outcome.blocking.map((i) => i.id));
  const blocks = outcome.isBlocking ?? ((i: EvidenceItem) => listed.has(i.id));
  const other = new Top<EvidenceItem>(SHOWN_ITEMS, byPriority);
  const waived = new Top<EvidenceItem>(SHOWN_ITEMS, byPriority);
  for (const i of notPassing(result.items)) {
    if (i.status !== 'fail') continue;
    if (i.waiver !== undefined) waived.add(i);
    else if (!blocks(i)) other.add(i);
  }
  return { blocking: outcome.blocking, other: other.list, waived: waived.list };
}
