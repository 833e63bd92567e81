import type { ExpiredWaiver } from '../gating/waivers.js';
import { type Coverage, frameworkCoverage } from '../mapping/coverage.js';
import type { MappingSet } from '../mapping/load.js';
import type { EvidenceItem, WaiverMark } from '../model/evidence.js';
import { STATUSES, type Status } from '../model/status.js';
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
  /** Failing first, then errors, passes and not-applicable. */
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
  riskAcceptances: RiskAcceptance[];
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

/** Items per control in one pass: results can hold 100k items. */
function itemsByControl(items: readonly EvidenceItem[]): Map<string, EvidenceItem[]> {
  const out = new Map<string, EvidenceItem[]>();
  for (const i of items) {
    for (const id of i.controls[FRAMEWORK] ?? []) {
      const list = out.get(id);
      if (list) list.push(i);
      else out.set(id, [i]);
    }
  }
  return out;
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
  history?: ReportHistory;
  attestations?: AttestationSet;
  generatedAt: string;
}

export function buildSoa(inp: SoaInputs): SoaReport {
  const { result, mappings, soa, guidance } = inp;
  const catalogue = mappings.catalogues.find((c) => c.framework === FRAMEWORK)?.controls ?? [];
  const coverage = coverageOf(result, mappings);
  // The SoA lists every item under its controls, so it holds them all; it reads one result file, not a live run.
  const all = [...result.items];
  const items = itemsByControl(all);
  const rows: SoaRow[] = catalogue.map((c) => {
    const decision = soa.decisions.get(c.id);
    const applicable = decision?.applicable ?? true;
    const cov = coverage.get(c.id) ?? { coverage: 'manual' as const, checks: [] };
    const mine = [...(items.get(c.id) ?? [])].sort(byReviewOrder);
    const count = (s: Status): number => mine.filter((i) => i.status === s).length;
    const lastTested = mine.reduce<string | undefined>((t, i) => (t === undefined || i.collectedAt > t ? i.collectedAt : t), undefined);
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
      waived: mine.filter((i) => i.waiver).length,
      ...(lastTested ? { lastTested } : {}),
      ...(applicable && cov.coverage !== 'automated' && advice ? { guidance: advice } : {}),
      items: mine,
      automated: automatedStatus({ pass: count('pass'), fail, error: count('error'), checks: cov.checks }),
      ...(attestation ? { attestation } : {}),
      flags: attestation ? attestationFlags(attestation, inp.generatedAt.slice(0, 10), fail) : [],
    };
  });

  const applicable = rows.filter((r) => r.applicable);
  const cov: Record<Coverage, number> = { automated: 0, partial: 0, manual: 0 };
  for (const r of applicable) cov[r.coverage]++;
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const i of all) byStatus[i.status]++;
  const riskAcceptances = all
    .filter((i): i is EvidenceItem & { waiver: WaiverMark } => i.waiver !== undefined)
    .map((i) => ({ item: i, waiver: i.waiver, controls: i.controls[FRAMEWORK] ?? [] }))
    .sort(
      (a, b) =>
        a.waiver.expires.localeCompare(b.waiver.expires) ||
        a.item.checkId.localeCompare(b.item.checkId) ||
        a.item.resource.id.localeCompare(b.item.resource.id),
    );

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
      items: byStatus,
      waived: riskAcceptances.length,
    },
    rows,
    riskAcceptances,
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
  return `marked not applicable, yet the scan has ${row.items.length} evidence item(s) for it (${row.fail} failing)`;
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
