/**
 * `--format html`: one self-contained findings page for platform engineers (the auditors' SoA is
 * `report soa`). The result travels as compact JSON inside the page; a small script filters it and
 * draws only the rows in view, so 50,000 items stay fast. No network: a CSP forbids every fetch.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_CHECKS } from '../engine/registry.js';
import type { CheckMeta } from '../model/check.js';
import { SEVERITIES, STATUSES } from '../model/status.js';
import { FINDINGS_CSS, FINDINGS_SCRIPT } from './html-findings-page.js';
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

/** Check metadata once per check; items point at it by index. */
function checkTable(result: ResultDocument): { index: Map<string, number>; rows: unknown[][] } {
  const index = new Map<string, number>();
  const rows: unknown[][] = [];
  for (const i of result.items) {
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
  return { index, rows };
}

function* dataChunks(result: ResultDocument): Generator<string> {
  const checks = checkTable(result);
  const run = result.run;
  yield `{"meta":${scriptJson({
    tool: `${run.tool.name} ${run.tool.version}`,
    evaluatedAt: run.evaluatedAt,
    accounts: run.accounts.map((a) => ({ provider: a.provider, account: a.account, alias: a.alias ?? '' })),
    complete: run.complete,
    statuses: STATUSES,
    severities: SEVERITIES,
  })},"checks":${scriptJson(checks.rows)},"items":[`;
  let first = true;
  for (const i of result.items) {
    const apis = [...new Set(i.sources.flatMap((s) => s.apis))].join(' ');
    const row = [
      checks.index.get(i.checkId),
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

/** The page, written in pieces: a 100k-item result never becomes one string. */
export function writeFindingsHtml(outDir: string, result: ResultDocument): string {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, HTML_FILE);
  const fd = openSync(file, 'w');
  try {
    const title = `annexa findings (${result.run.evaluatedAt.slice(0, 10)})`;
    writeSync(
      fd,
      [
        '<!doctype html>',
        '<html lang="en"><head><meta charset="utf-8">',
        // Nothing leaves the page: no fetch, image, font or frame from anywhere.
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escHtml(title)}</title><style>${FINDINGS_CSS}</style></head><body>`,
        `<header><h1>annexa findings</h1><p id="scope" class="muted">${escHtml(`${result.run.tool.name} ${result.run.tool.version}, evaluated ${result.run.evaluatedAt}, ${result.summary.items} items`)}</p></header>`,
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
      ].join('\n'),
    );
    let buf = '';
    for (const chunk of dataChunks(result)) {
      buf += chunk;
      if (buf.length > 1 << 20) {
        writeSync(fd, buf);
        buf = '';
      }
    }
    writeSync(fd, `${buf}</script>\n<script>${FINDINGS_SCRIPT}</script>\n</body></html>\n`);
  } finally {
    closeSync(fd);
  }
  return file;
}
