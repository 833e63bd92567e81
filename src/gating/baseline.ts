/**
 * Baseline: compare failing items with a previous annexa result by evidence id (stable
 * across runs), so a gate can fail only on what is new.
 */
import type { BaselineReport } from '../model/result.js';

export type { BaselineReport } from '../model/result.js';

import { statSync } from 'node:fs';
import { z } from 'zod';
import { readInputFile } from '../input-file.js';
import type { EvidenceItem } from '../model/evidence.js';
import { type Items, notPassing } from '../model/items.js';
import { STATUSES } from '../model/status.js';
import { laidOutResult, STREAM_FROM } from '../output/load-result.js';

// Only the fields the comparison reads; v1 results have them too, so older runs still work as baselines.
const BaselineSchema = z.object({
  schema: z.enum(['annexa.result/v1', 'annexa.result/v2'], { message: 'is not an annexa result (expected annexa.result/v2)' }),
  run: z.object({
    evaluatedAt: z.string().min(1),
    checks: z.array(z.string()),
  }),
  items: z.array(
    z.object({
      id: z.string().regex(/^[0-9a-f]{32}$/, 'must be a 32-character evidence id'),
      checkId: z.string().min(1),
      status: z.enum(STATUSES),
      resource: z.object({ account: z.string().min(1) }),
      waiver: z.object({}).passthrough().optional(),
    }),
  ),
});

export interface Baseline {
  file: string;
  evaluatedAt: string;
  /** Ids of the items that failed in the baseline, with what is needed to tell whether this run looked at them again. */
  failing: Map<string, { checkId: string; account: string; waived: boolean }>;
}

export function loadBaseline(path: string, shownAs: string, streamFrom = STREAM_FROM): Baseline {
  // The baseline is the previous run of the same estate: as large as this one. Parsed whole, one
  // past 512 MiB cannot even be read as a string; in annexa's layout it is read item by item.
  let size = 0;
  try {
    size = statSync(path).size;
  } catch {
    // Missing or unreadable: readInputFile names the problem.
  }
  const doc = (size > streamFrom && laidOutResult(path, shownAs)) || readInputFile(path, shownAs, 'json', BaselineSchema);
  const failing = new Map<string, { checkId: string; account: string; waived: boolean }>();
  for (const i of doc.items)
    if (i.status === 'fail') failing.set(i.id, { checkId: i.checkId, account: i.resource.account, waived: i.waiver !== undefined });
  return { file: shownAs, evaluatedAt: doc.run.evaluatedAt, failing };
}

/**
 * Classify by evidence id. A failure that a waiver covered in the baseline and no longer
 * does counts as new: the baseline accepted it only through the waiver, so an expired waiver
 * cannot hide behind a rolling baseline. A baseline failure counts as resolved only when this run
 * evaluated the same check in the same account and the item no longer fails; a check
 * or account left out of this run says nothing either way.
 */
export function compareWithBaseline(
  items: Iterable<EvidenceItem> & Pick<Items, 'notPassing'>,
  scope: { checks: readonly string[]; accounts: readonly string[] },
  baseline: Baseline,
): BaselineReport {
  // Statuses now of the baseline's failing items: bounded by the baseline, not by this run.
  const now = new Map<string, EvidenceItem['status']>();
  const inScope = new Set(scope.checks);
  const accounts = new Set(scope.accounts);
  const newItems: string[] = [];
  let unchanged = 0;
  // A baseline failure that passes now resolves as one this run did not report: only failing and error items matter.
  for (const i of notPassing(items)) {
    if (baseline.failing.has(i.id)) now.set(i.id, i.status);
    if (i.status !== 'fail') continue;
    const was = baseline.failing.get(i.id);
    if (was && (!was.waived || i.waiver)) unchanged++;
    else newItems.push(i.id);
  }
  const resolvedItems: string[] = [];
  let unverified = 0;
  for (const [id, was] of baseline.failing) {
    if (!inScope.has(was.checkId) || !accounts.has(was.account)) continue;
    const status = now.get(id);
    if (status === 'fail') continue;
    if (status === 'error') unverified++;
    else resolvedItems.push(id);
  }
  return {
    file: baseline.file,
    evaluatedAt: baseline.evaluatedAt,
    new: newItems.length,
    unchanged,
    resolved: resolvedItems.length,
    unverified,
    newItems: newItems.sort(),
    resolvedItems: resolvedItems.sort(),
  };
}
