import type { ExpiredWaiver } from '../gating/waivers.js';
import { type Coverage, frameworkCoverage } from '../mapping/coverage.js';
import type { MappingSet } from '../mapping/load.js';
import type { EvidenceItem, WaiverMark } from '../model/evidence.js';
import { STATUSES, type Status } from '../model/status.js';
import { Top } from '../model/top.js';
import type { AccountRun, ControlSummary, ResultDocument } from '../output/result.js';
import { type Attestation, type AttestationSet, attestationFlags, automatedStatus } from './attestations.js';
import type { ReportHistory } from './history.js';
import type { SoaFile } from './soa-file.js';

export const FRAMEWORK = 'iso27001:2022';
export const THEMES = ['organizational', 'people', 'physical', 'technological'] as const;

/** One line of the Statement of Applicability. */
export interface SoaRow {
  id: string;
  theme: string;
  title: string;
  applicable: boolean;
  justification?: string;
  coverage: Coverage;
  checks: string[];
  pass: number;
  fail: number;
  error: number;
  notApplicable: number;
  /** Items under an unexpired waiver; they are also counted under their status. */
  waived: number;
  /** Latest collection time of the control's evidence. */
  lastTested?: string;
  /** What to ask for beyond the scan: shown for manual and partial controls. */
  guidance?: string;
  /** Every item evidencing the control, listed or not. */
  itemCount: number;
  /** The first `ITEMS_PER_CONTROL` of them: failing first, then errors, passes and not-applicable. */
  items: EvidenceItem[];
  /** The automated side in one word: failing, incomplete, passing, no resources, no automated checks. */
  automated: string;
  /** What attestations.yaml records for the control, when it does. */
  attestation?: Attestation;
  /** Overdue review, changed or missing documents, an attestation the evidence contradicts. */
  flags: string[];
}

export interface RiskAcceptance {
  item: EvidenceItem;
  waiver: WaiverMark;
  controls: string[];
}

export interface SoaReport {
  generatedAt: string;
  scope: {
    statement?: string;
    tool: string;
    mappingVersion: string;
    source: ResultDocument['run']['source'];
    accounts: AccountRun[];
    startedAt: string;
    finishedAt: string;
    evaluatedAt: string;
    complete: boolean;
  };
  totals: {
    controls: number;
    applicable: number;
    notApplicable: number;
    /** Coverage of the applicable controls. */
    coverage: Record<Coverage, number>;
    items: Record<Status, number>;
    waived: number;
  };
  rows: SoaRow[];
  /** The first `RISK_ACCEPTANCES_LISTED` waived items by expiry; `totals.waived` counts them all. */
  riskAcceptances: RiskAcceptance[];
  /** The result file as the user named it: where the items the report does not list are. */
  resultFile?: string;
  /** Waivers that had already expired when the scan ran: accepted risks whose acceptance lapsed. */
  lapsed: ExpiredWaiver[];
  history?: ReportHistory;
  /** Present when an attestations file was given. */
  attestations?: { file: string; attested: number; flagged: number };
}

const STATUS_ORDER: Record<Status, number> = { fail: 0, error: 1, pass: 2, not_applicable: 3 };

function byReviewOrder(a: EvidenceItem, b: EvidenceItem): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.checkId.localeCompare(b.checkId) || a.resource.id.localeCompare(b.resource.id)
  );
}

/**
 * Items listed per control. The HTML page has always shown this many; holding no more keeps the
 * SoA of a million-resource result (millions of items) to a few thousand items in memory, and
 * every ordinary scan lists exactly what it did before.
 */
export const ITEMS_PER_CONTROL = 200;
/** Waived items listed as risk acceptances; one broad waiver over a large estate can cover far more. */
export const RISK_ACCEPTANCES_LISTED = 1000;

/** What one control gathers in the single pass over the items: every item counted, the first few kept. */
interface ControlTally {
  byStatus: Record<Status, number>;
  waived: number;
  lastTested?: string;
  top: Top<EvidenceItem>;
}

function byAcceptanceOrder(a: RiskAcceptance, b: RiskAcceptance): number {
  return (
    a.waiver.expires.localeCompare(b.waiver.expires) ||
    a.item.checkId.localeCompare(b.item.checkId) ||
    a.item.resource.id.localeCompare(b.item.resource.id)
  );
}

/** One pass over the result's items (read from disk item by item when the result is large). */
function tallyItems(items: Iterable<EvidenceItem>): {
  controls: Map<string, ControlTally>;
  byStatus: Record<Status, number>;
  waivers: Top<RiskAcceptance>;
} {
  const controls = new Map<string, ControlTally>();
  const byStatus = zeroByStatus();
  const waivers = new Top<RiskAcceptance>(RISK_ACCEPTANCES_LISTED, byAcceptanceOrder);
  for (const i of items) {
    byStatus[i.status]++;
    const ids = i.controls[FRAMEWORK] ?? [];
    if (i.waiver) waivers.add({ item: i, waiver: i.waiver, controls: ids });
    for (const id of ids) {
      let t = controls.get(id);
      if (!t) {
        t = { byStatus: zeroByStatus(), waived: 0, top: new Top(ITEMS_PER_CONTROL, byReviewOrder) };
        controls.set(id, t);
      }
      t.byStatus[i.status]++;
      if (i.waiver) t.waived++;
      if (t.lastTested === undefined || i.collectedAt > t.lastTested) t.lastTested = i.collectedAt;
      t.top.add(i);
    }
  }
  return { controls, byStatus, waivers };
}

function zeroByStatus(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
}

function coverageOf(result: ResultDocument, mappings: MappingSet): Map<string, Pick<ControlSummary, 'coverage' | 'checks'>> {
  // The result records coverage for the checks that ran; recompute only for controls it lacks.
  const out = new Map<string, Pick<ControlSummary, 'coverage' | 'checks'>>();
  for (const c of frameworkCoverage(mappings, FRAMEWORK, result.run.checks))
    out.set(c.id, { coverage: c.coverage, checks: c.checks.map((x) => x.id) });
  for (const c of result.controls) if (c.framework === FRAMEWORK) out.set(c.id, { coverage: c.coverage, checks: c.checks });
  return out;
}

export interface SoaInputs {
  result: ResultDocument;
  mappings: MappingSet;
  soa: SoaFile;
  guidance: ReadonlyMap<string, string>;
  /** The result file as the user named it, so the report can say where unlisted items are. */
  resultFile?: string;
  history?: ReportHistory;
  attestations?: AttestationSet;
  generatedAt: string;
}

export function buildSoa(inp: SoaInputs): SoaReport {
  const { result, mappings, soa, guidance } = inp;
  const catalogue = mappings.catalogues.find((c) => c.framework === FRAMEWORK)?.controls ?? [];
  const coverage = coverageOf(result, mappings);
  // One pass: every item is counted, and only the first few per control are kept to list.
  const tally = tallyItems(result.items);
  const none: ControlTally = { byStatus: zeroByStatus(), waived: 0, top: new Top(0, byReviewOrder) };
  const rows: SoaRow[] = catalogue.map((c) => {
    const decision = soa.decisions.get(c.id);
    const applicable = decision?.applicable ?? true;
    const cov = coverage.get(c.id) ?? { coverage: 'manual' as const, checks: [] };
    const mine = tally.controls.get(c.id) ?? none;
    const count = (s: Status): number => mine.byStatus[s];
    const { lastTested } = mine;
    const advice = guidance.get(c.id);
    const attestation = inp.attestations?.byControl.get(c.id);
    const fail = count('fail');
    return {
      id: c.id,
      theme: c.theme ?? 'other',
      title: c.title,
      applicable,
      ...(decision?.justification ? { justification: decision.justification } : {}),
      coverage: cov.coverage,
      checks: cov.checks,
      pass: count('pass'),
      fail,
      error: count('error'),
      notApplicable: count('not_applicable'),
      waived: mine.waived,
      ...(lastTested ? { lastTested } : {}),
      ...(applicable && cov.coverage !== 'automated' && advice ? { guidance: advice } : {}),
      itemCount: mine.top.added,
      items: mine.top.list,
      automated: automatedStatus({ pass: count('pass'), fail, error: count('error'), checks: cov.checks }),
      ...(attestation ? { attestation } : {}),
      flags: attestation ? attestationFlags(attestation, inp.generatedAt.slice(0, 10), fail) : [],
    };
  });

  const applicable = rows.filter((r) => r.applicable);
  const cov: Record<Coverage, number> = { automated: 0, partial: 0, manual: 0 };
  for (const r of applicable) cov[r.coverage]++;
  const { run } = result;
  return {
    generatedAt: inp.generatedAt,
    scope: {
      ...(soa.scope ? { statement: soa.scope } : {}),
      tool: `${run.tool.name} ${run.tool.version}`,
      mappingVersion: run.mappingVersion,
      source: run.source,
      accounts: run.accounts,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      evaluatedAt: run.evaluatedAt,
      complete: run.complete,
    },
    totals: {
      controls: rows.length,
      applicable: applicable.length,
      notApplicable: rows.length - applicable.length,
      coverage: cov,
      items: tally.byStatus,
      waived: tally.waivers.added,
    },
    rows,
    riskAcceptances: tally.waivers.list,
    ...(inp.resultFile ? { resultFile: inp.resultFile } : {}),
    lapsed: [...(run.waivers?.expired ?? [])]
      .filter((w) => w.items > 0)
      .sort((a, b) => a.expires.localeCompare(b.expires) || a.index - b.index),
    ...(inp.history ? { history: inp.history } : {}),
    ...(inp.attestations
      ? {
          attestations: {
            file: inp.attestations.file,
            attested: rows.filter((r) => r.attestation).length,
            flagged: rows.filter((r) => r.flags.length).length,
          },
        }
      : {}),
  };
}

/**
 * A control excluded in soa.yaml that the scan nevertheless evidences: an auditor will ask why
 * it is not applicable when resources it covers exist (and perhaps fail).
 */
export function naWithEvidence(row: SoaRow): string {
  return `marked not applicable, yet the scan has ${row.itemCount} evidence item(s) for it (${row.fail} failing)`;
}

/**
 * A file name as the user gave it, on one line with controls, terminal escapes and bidi overrides
 * shown escaped: a name is the user's text, and the report is read in terminals and renderers.
 */
function shownPath(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, (c) =>
    c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Where the items a report leaves out are, in one sentence. */
export function unlisted(more: number, what: string, resultFile?: string): string {
  return `${more} more ${what} are in the JSON result${resultFile ? ` ${shownPath(resultFile)}, and in items.jsonl of the scan's evidence bundle when one was made` : ''}.`;
}

/** The risk acceptances listed of all waived items, said plainly when some are left out. */
export function acceptancesCut(r: SoaReport): string | undefined {
  const more = r.totals.waived - r.riskAcceptances.length;
  if (more <= 0) return undefined;
  return `Listed: the ${r.riskAcceptances.length} waived items that expire first, of ${r.totals.waived}. ${unlisted(more, 'waived item(s)', r.resultFile)}`;
}

export const LAPSED_INTRO =
  'Waivers that had expired when the scan ran. They no longer applied, so the items they covered count as ordinary failures; the risk needs treating again or a renewed acceptance.';

/** Rows grouped by theme, in the catalogue's order. */
export function rowsByTheme(rows: readonly SoaRow[]): { theme: string; rows: SoaRow[] }[] {
  const themes = [...THEMES, ...new Set(rows.map((r) => r.theme).filter((t) => !(THEMES as readonly string[]).includes(t)))];
  return themes.map((theme) => ({ theme, rows: rows.filter((r) => r.theme === theme) })).filter((g) => g.rows.length > 0);
}

export const THEME_LABEL: Record<string, string> = {
  organizational: 'Organizational controls (A.5)',
  people: 'People controls (A.6)',
  physical: 'Physical controls (A.7)',
  technological: 'Technological controls (A.8)',
};

/** The resource as an auditor reads it: account, region and the canonical id. */
export function resourceLabel(i: EvidenceItem): string {
  return `${i.resource.account}/${i.resource.region}/${i.resource.type}/${i.resource.name || i.resource.id}`;
}

/** Column set shared by the CSV and Markdown renderings, so both stay the same table. */
export const TABLE_COLUMNS: { header: string; cell: (r: SoaRow) => string }[] = [
  { header: 'Control', cell: (r) => r.id },
  { header: 'Theme', cell: (r) => r.theme },
  { header: 'Title', cell: (r) => r.title },
  { header: 'Applicable', cell: (r) => (r.applicable ? 'yes' : 'no') },
  { header: 'Justification', cell: (r) => r.justification ?? '' },
  { header: 'Coverage', cell: (r) => r.coverage },
  { header: 'Checks', cell: (r) => r.checks.join(' ') },
  { header: 'Pass', cell: (r) => String(r.pass) },
  { header: 'Fail', cell: (r) => String(r.fail) },
  { header: 'Error', cell: (r) => String(r.error) },
  { header: 'Waived', cell: (r) => String(r.waived) },
  { header: 'Last tested', cell: (r) => r.lastTested ?? '' },
  { header: 'Evidence to request', cell: (r) => r.guidance ?? '' },
  { header: 'Automated', cell: (r) => r.automated },
  { header: 'Attested', cell: (r) => r.attestation?.status ?? '' },
  { header: 'Owner', cell: (r) => r.attestation?.owner ?? '' },
  { header: 'Next review', cell: (r) => r.attestation?.nextReview ?? '' },
  { header: 'Attention', cell: (r) => r.flags.join('; ') },
];
