/**
 * GitHub workflow commands (`::error title=…::message`) for the top findings. GitHub shows
 * at most 10 error and 10 warning annotations per step and drops the rest silently, so we
 * choose which ten and say how many were left out.
 */
import { type GateOutcome, rankFailing } from '../gating/gate.js';
import type { EvidenceItem } from '../model/evidence.js';
import { shownName } from '../shown-name.js';
import type { ResultDocument } from './result.js';

export const ANNOTATIONS_PER_KIND = 10;

export type AnnotationKind = 'error' | 'warning';

/** Message data: the runner decodes these three, so literal ones must be encoded. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values are also cut at `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Printed as is (the command channel skips neutralising, which would defuse the command itself), so
 * control characters from names and messages are shown escaped here; line breaks stay line breaks.
 */
export function workflowCommand(kind: AnnotationKind, title: string, message: string): string {
  const shown = message.split('\n').map(shownName).join('\n');
  return `::${kind} title=${escapeProperty(shownName(title))}::${escapeData(shown)}`;
}

function itemCommand(kind: AnnotationKind, i: EvidenceItem, why: string): string {
  const r = i.resource;
  const controls = i.controls['iso27001:2022'] ?? [];
  return workflowCommand(
    kind,
    `annexa [${i.severity}] ${i.checkId}`,
    `${i.message}\nResource: ${r.arn ?? r.id} (${r.account}, ${r.region})${controls.length ? `\nISO/IEC 27001:2022: ${controls.join(', ')}` : ''}\n${why}`,
  );
}

/**
 * Errors are what fails the gate (blocking items, or an incomplete scan); warnings are
 * expired waivers and failing items that do not block. Returns the lines to print on stdout.
 */
export function annotationLines(result: ResultDocument, outcome: GateOutcome): string[] {
  const ranked = rankFailing(result, outcome);
  const errors: string[] = [];
  if (outcome.exitCode === 3) errors.push(workflowCommand('error', 'annexa: scan incomplete', outcome.reason));
  errors.push(...ranked.blocking.map((i) => itemCommand('error', i, 'This item fails the gate.')));

  const fresh = result.baseline ? new Set(result.baseline.newItems) : undefined;
  const warnings = [
    ...(result.run.waivers?.expired ?? [])
      .filter((w) => w.items > 0)
      .map((w) =>
        workflowCommand(
          'warning',
          'annexa: waiver expired',
          `Waiver ${w.index + 1} in ${result.run.waivers!.file} (${w.check} on ${w.resource}, owner ${w.owner}) expired on ${w.expires} and no longer covers ${w.items} failing item(s).`,
        ),
      ),
    ...ranked.other.map((i) =>
      itemCommand(
        'warning',
        i,
        fresh && !fresh.has(i.id) ? 'Failing since the baseline; it does not fail the gate.' : 'Failing below the gate threshold.',
      ),
    ),
  ];

  const lines = [...errors.slice(0, ANNOTATIONS_PER_KIND), ...warnings.slice(0, ANNOTATIONS_PER_KIND)];
  const left = Math.max(0, errors.length - ANNOTATIONS_PER_KIND) + Math.max(0, warnings.length - ANNOTATIONS_PER_KIND);
  if (left > 0)
    lines.push(
      `annexa: ${left} more finding(s) not annotated (GitHub shows ${ANNOTATIONS_PER_KIND} errors and ${ANNOTATIONS_PER_KIND} warnings per step); see the job summary and the JSON result.`,
    );
  return lines;
}
