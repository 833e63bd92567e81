/**
 * `--format html`: one self-contained findings page for platform engineers (the auditors' SoA is
 * `report soa`). The result travels as compact JSON inside the page; a small script filters it and
 * draws only the rows in view, so 50,000 items stay fast. A larger run embeds the HTML_MAX_ITEMS
 * items that matter most and says so at the top of the page. No network: a CSP forbids every fetch.
 */
import { join } from 'node:path';
import { ALL_CHECKS } from '../engine/registry.js';
import { turn, turnDue } from '../loop-turn.js';
import type { CheckMeta } from '../model/check.js';
import type { EvidenceItem } from '../model/evidence.js';
import { SEVERITIES, STATUSES, type Status } from '../model/status.js';
import { writeFileAtomicStreamAsync } from '../safe-fs.js';
import { FINDINGS_CSS, FINDINGS_SCRIPT } from './html-findings-page.js';
import { JSON_FILE } from './json.js';
import type { ResultDocument } from './result.js';

export const HTML_FILE = 'annexa-findings.html';
const ISO = 'iso27001:2022';

const META = new Map<string, CheckMeta>(ALL_CHECKS.map((c) => [c.meta.id, c.meta]));

/** JSON that is safe inside a <script> element: no `</script>`, no `<!--`, no line separators. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const escHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Items the page embeds at most: a browser tab holds this many comfortably; the JSON result has the rest. */
export const HTML_MAX_ITEMS = 100_000;

/** The order in which classes of items earn a place on a page that cannot hold them all. */
const EMBED_ORDER: readonly Status[] = ['fail', 'error', 'pass', 'not_applicable'];
const classOf = (i: EvidenceItem): string => `${i.status}|${i.severity}`;

interface PageScan {
  /** Check metadata once per check, in order of first appearance; items point at it by index. */
  index: Map<string, number>;
  rows: unknown[][];
  total: number;
  /** With more than `max` items: how many of each class (status and severity) the page keeps. */
  quota?: Map<string, number>;
}

/** One reading of the items: the check table, and which items fit on the page. */
function scanItems(result: ResultDocument, max: number): PageScan {
  const index = new Map<string, number>();
  const rows: unknown[][] = [];
  const byClass = new Map<string, number>();
  let total = 0;
  for (const i of result.items) {
    total++;
    byClass.set(classOf(i), (byClass.get(classOf(i)) ?? 0) + 1);
    if (index.has(i.checkId)) continue;
    const m = META.get(i.checkId);
    index.set(i.checkId, rows.length);
    rows.push([
      i.checkId,
      i.title,
      m?.service ?? i.checkId.split('.')[1] ?? '',
      m?.rationale ?? '',
      m?.remediation.text ?? '',
      m?.remediation.console ?? '',
      m?.remediation.cli ?? '',
    ]);
  }
  if (total <= max) return { index, rows, total };
  // Failing items first, most severe first, then errors, then the rest; the class at the edge keeps its first items.
  const quota = new Map<string, number>();
  let room = max;
  for (const status of EMBED_ORDER) {
    for (const sev of SEVERITIES) {
      const k = `${status}|${sev}`;
      const take = Math.min(room, byClass.get(k) ?? 0);
      quota.set(k, take);
      room -= take;
    }
  }
  return { index, rows, total, quota };
}

function* dataChunks(result: ResultDocument, scan: PageScan): Generator<string> {
  const run = result.run;
  yield `{"meta":${scriptJson({
    tool: `${run.tool.name} ${run.tool.version}`,
    evaluatedAt: run.evaluatedAt,
    accounts: run.accounts.map((a) => ({ provider: a.provider, account: a.account, alias: a.alias ?? '' })),
    complete: run.complete,
    statuses: STATUSES,
    severities: SEVERITIES,
  })},"checks":${scriptJson(scan.rows)},"items":[`;
  let first = true;
  const quota = scan.quota;
  for (const i of result.items) {
    if (quota) {
      const left = quota.get(classOf(i)) ?? 0;
      if (left === 0) continue;
      quota.set(classOf(i), left - 1);
    }
    const apis = [...new Set(i.sources.flatMap((s) => s.apis))].join(' ');
    const row = [
      scan.index.get(i.checkId),
      STATUSES.indexOf(i.status),
      SEVERITIES.indexOf(i.severity),
      i.resource.provider,
      i.resource.account,
      i.resource.region,
      i.resource.type,
      i.resource.id,
      i.resource.name,
      i.message,
      (i.controls[ISO] ?? []).join(' '),
      i.observed,
      apis,
      i.collectedAt,
      i.waiver ? `${i.waiver.owner}: ${i.waiver.reason} (until ${i.waiver.expires})` : '',
      i.error ? `${i.error.kind} on ${i.error.api}: ${i.error.message}` : '',
    ];
    yield `${first ? '' : ','}${scriptJson(row)}`;
    first = false;
  }
  yield ']}';
}

/** What a page that shows only part of the run says about it, where people read first. */
function partialNote(scan: PageScan, max: number): string[] {
  if (!scan.quota) return [];
  return [
    `<p id="partial" role="note"><strong>This page shows ${max} of ${scan.total} items</strong>: failing items first, most severe first, then errors, then the rest; more would not fit in a browser tab. ${JSON_FILE} has every item.</p>`,
  ];
}

/**
 * The page, written in pieces after one reading of the items for the check table: no run
 * becomes one string. Past `max` items (HTML_MAX_ITEMS) it embeds the `max` that matter most and says so.
 */
export async function writeFindingsHtml(outDir: string, result: ResultDocument, max: number = HTML_MAX_ITEMS): Promise<string> {
  const file = join(outDir, HTML_FILE);
  const scan = scanItems(result, max);
  const title = `annexa findings (${result.run.evaluatedAt.slice(0, 10)})`;
  const head = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    // Nothing leaves the page: no fetch, image, font or frame from anywhere.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escHtml(title)}</title><style>${FINDINGS_CSS}</style></head><body>`,
    `<header><h1>annexa findings</h1><p id="scope" class="muted">${escHtml(`${result.run.tool.name} ${result.run.tool.version}, evaluated ${result.run.evaluatedAt}, ${result.summary.items} items`)}</p>${partialNote(scan, max).join('')}</header>`,
    '<section id="controls-bar" aria-label="Filters">',
    '<input id="q" type="search" placeholder="Search title, check, resource, message, control…" aria-label="Search">',
    ...['provider', 'account', 'region', 'service', 'severity', 'status', 'control'].map(
      (f) => `<label>${f}<select id="f-${f}" data-filter="${f}"><option value="">all</option></select></label>`,
    ),
    '<button id="reset" type="button">Reset</button>',
    '</section>',
    '<section id="summary"><div id="count" role="status"></div><svg id="chart" role="img" aria-label="Summary chart" width="100%" height="120"></svg></section>',
    '<main><div id="list" tabindex="0" role="listbox" aria-label="Findings"><div id="spacer"></div></div><aside id="detail" aria-live="polite"><p class="muted">Select a finding to see its observed facts, API calls and remediation.</p></aside></main>',
    '<script type="application/json" id="annexa-data">',
  ].join('\n');
  await writeFileAtomicStreamAsync(file, async (write) => {
    write(head);
    for (const chunk of dataChunks(result, scan)) {
      write(chunk);
      if (turnDue()) await turn();
    }
    write(`</script>\n<script>${FINDINGS_SCRIPT}</script>\n</body></html>\n`);
  });
  return file;
}
