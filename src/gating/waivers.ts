/**
 * Waivers: owned, time-boxed exceptions. A matching, unexpired waiver marks a failing item;
 * the item keeps its status but no longer counts against any threshold.
 */
import type { WaiverRef, WaiverReport } from '../model/result.js';

export type { ExpiredWaiver, WaiverRef, WaiverReport } from '../model/result.js';

import { z } from 'zod';
import { readInputFile } from '../input-file.js';
import type { EvidenceItem, WaiverMark } from '../model/evidence.js';
import { globMatch } from '../model/glob.js';
import { type Items, mapItems, notPassing } from '../model/items.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  // A date Date.parse rejects (month 13) would make a waiver that never expires, so it is refused too.
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
  }, 'is not a calendar date');

const WaiverSchema = z
  .object({
    check: z.string().min(1).describe('Check id or glob, e.g. aws.s3.* .'),
    resource: z.string().min(1).describe('Glob over the resource id, ARN or name; "*" for every resource.'),
    reason: z.string().trim().min(1),
    owner: z.string().trim().min(1),
    ticket: z.string().min(1).optional(),
    expires: isoDate.describe('Last day (UTC) the waiver applies.'),
    allowBlanket: z
      .literal(true, { error: 'is either true or left out' })
      .optional()
      .describe('Allow this waiver to cover every check on every resource (it switches the gate off until it expires).'),
  })
  .strict()
  .superRefine((w, ctx) => {
    if (isBlanket(w) && !w.allowBlanket)
      ctx.addIssue({
        code: 'custom',
        message: `check "${w.check}" on resource "${w.resource}" waives every check on every resource, which switches the gate off; narrow check or resource, or set allowBlanket: true on this entry if that is meant`,
      });
  });

/** A pattern of wildcards only (`*`, `**`, `?*`): it matches every check id or resource. */
function matchesAll(pattern: string): boolean {
  return pattern.includes('*') && [...pattern].every((c) => c === '*' || c === '?');
}

/** A waiver that covers every check on every resource: the gate, switched off. */
export function isBlanket(w: Pick<Waiver, 'check' | 'resource'>): boolean {
  return matchesAll(w.check) && matchesAll(w.resource);
}

export const WaiverFileSchema = z
  .object({
    waivers: z.array(WaiverSchema),
  })
  .strict();

export type Waiver = z.infer<typeof WaiverSchema>;

export function loadWaivers(path: string, shownAs: string): Waiver[] {
  return readInputFile(path, shownAs, 'yaml', WaiverFileSchema).waivers;
}

/** A waiver applies through the end of its `expires` day, in UTC. */
export function isExpired(w: Pick<Waiver, 'expires'>, now: Date): boolean {
  return now.getTime() > Date.parse(`${w.expires}T23:59:59.999Z`);
}

export function waiverMatches(w: Pick<Waiver, 'check' | 'resource'>, item: EvidenceItem): boolean {
  if (!globMatch(w.check, item.checkId)) return false;
  const r = item.resource;
  return [r.id, r.arn, r.name].some((v) => v !== undefined && globMatch(w.resource, v));
}

function ref(w: Waiver, index: number): WaiverRef {
  return { index, check: w.check, resource: w.resource, owner: w.owner, expires: w.expires, ...(w.ticket ? { ticket: w.ticket } : {}) };
}

function mark(w: Waiver): WaiverMark {
  return {
    check: w.check,
    resource: w.resource,
    reason: w.reason,
    owner: w.owner,
    expires: w.expires,
    ...(w.ticket ? { ticket: w.ticket } : {}),
  };
}

/**
 * Mark failing items covered by an unexpired waiver (the first matching one in file order).
 * Only failing items are waived: an `error` is a gap in what annexa could see, which
 * `--allow-incomplete` governs, and a pass needs no exception. One pass counts what each
 * waiver matched; the marks are applied as the items are read, so nothing is copied.
 */
export function applyWaivers(items: Items, waivers: readonly Waiver[], now: Date, file: string): { items: Items; report: WaiverReport } {
  const live = waivers.map((w, index) => ({ w, index, expired: isExpired(w, now), hits: 0, unread: 0 }));
  const chosenFor = (item: EvidenceItem): Waiver | undefined => {
    for (const l of live) if (!l.expired && waiverMatches(l.w, item)) return l.w;
    return undefined;
  };
  let applied = 0;
  // Only failing and error items count, and the marks change nothing else: the index of notable items holds.
  for (const item of notPassing(items)) {
    // A waiver whose finding could not be read this run is not stale: calling it unused would get it deleted.
    if (item.status === 'error') for (const l of live) if (waiverMatches(l.w, item)) l.unread++;
    if (item.status !== 'fail') continue;
    let chosen = false;
    for (const l of live) {
      if (!waiverMatches(l.w, item)) continue;
      l.hits++;
      if (!l.expired) chosen = true;
    }
    if (chosen) applied++;
  }
  const marked = mapItems(
    items,
    (item) => {
      if (item.status !== 'fail') return item;
      const w = chosenFor(item);
      return w ? { ...item, waiver: mark(w) } : item;
    },
    { keepsIndex: true },
  );
  return {
    items: applied ? marked : items,
    report: {
      file,
      applied,
      expired: live.filter((l) => l.expired).map((l) => ({ ...ref(l.w, l.index), items: l.hits })),
      unused: live.filter((l) => !l.expired && l.hits === 0 && l.unread === 0).map((l) => ref(l.w, l.index)),
    },
  };
}

/** One stderr line per expired or unused waiver, so nobody has to open the JSON to notice. */
export function waiverNotes(report: WaiverReport): string[] {
  const label = (w: WaiverRef): string =>
    `waiver ${w.index + 1} in ${report.file} (${w.check} on ${w.resource}, owner ${w.owner}${w.ticket ? `, ${w.ticket}` : ''})`;
  return [
    ...report.expired.map(
      (w) => `${label(w)} expired on ${w.expires}; it no longer applies${w.items ? ` to ${w.items} failing item(s)` : ''}`,
    ),
    ...report.unused.map((w) => `${label(w)} matches no failing item; remove it if the finding is fixed`),
  ];
}
