import type { EvidenceItem } from '../model/evidence.js';
import { stackedBarChart } from './chart.js';
import { esc } from './escape.js';
import { SOA_CSS } from './html-style.js';
import {
  acceptancesCut,
  LAPSED_INTRO,
  naWithEvidence,
  resourceLabel,
  rowsByTheme,
  type SoaReport,
  type SoaRow,
  THEME_LABEL,
  unlisted,
} from './soa.js';

const COLUMNS = ['Control', 'Title', 'Applicable', 'Coverage', 'Checks', 'Pass', 'Fail', 'Error', 'Waived', 'Last tested'];

const badge = (cls: string, text: string): string => `<span class="badge ${esc(cls)}">${esc(text)}</span>`;
/** `2026-11-20T09:00:00.000Z` → `2026-11-20 09:00Z`; the full time stays in the tooltip. */
const shortTime = (iso: string): string =>
  `<time datetime="${esc(iso)}" title="${esc(iso)}">${esc(iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, 'Z'))}</time>`;
const num = (n: number, cls = ''): string => `<td class="num${cls && n > 0 ? ` ${cls}` : ''}">${n}</td>`;

function scopeHeader(r: SoaReport): string {
  const s = r.scope;
  const accounts = s.accounts.length
    ? s.accounts
        .map((a) => `${esc(a.provider)} <code>${esc(a.account)}</code>${a.alias ? ` (${esc(a.alias)})` : ''}: ${esc(a.regions.join(', '))}`)
        .join('<br>')
    : '<span class="muted">none recorded</span>';
  const rows: [string, string][] = [
    ...(s.statement ? ([['Scope', esc(s.statement)]] as [string, string][]) : []),
    ['Accounts', accounts],
    ['Scan window', `${esc(s.startedAt)} to ${esc(s.finishedAt)} (${esc(s.source)})`],
    ['Evaluated', esc(s.evaluatedAt)],
    [
      'Completeness',
      s.complete
        ? 'complete: every check could read its data'
        : '<strong>incomplete</strong>: some evidence could not be read (see items in error)',
    ],
    ['Tool', `${esc(s.tool)}, mapping version ${esc(s.mappingVersion)}`],
    ['Report generated', esc(r.generatedAt)],
  ];
  return `<dl class="scope">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function totals(r: SoaReport): string {
  const t = r.totals;
  const card = (big: string, label: string, small: string): string =>
    `<div class="card"><div class="big">${big}</div><div>${esc(label)}</div><div class="small">${small}</div></div>`;
  return `<div class="cards">${[
    card(String(t.controls), 'Annex A controls', `${t.applicable} applicable, ${t.notApplicable} not applicable`),
    card(String(t.coverage.automated), 'automated', `${t.coverage.partial} partial, ${t.coverage.manual} manual (of the applicable)`),
    card(
      `<span class="count-fail">${t.items.fail}</span>`,
      'failing items',
      `${t.items.pass} pass, ${t.items.error} error, ${t.items.not_applicable} not applicable`,
    ),
    card(String(t.waived), 'risk acceptances', 'waived items, clause 6.1.3'),
    ...(r.attestations
      ? [
          card(
            String(r.attestations.attested),
            'attested controls',
            `<span class="${r.attestations.flagged ? 'count-fail' : ''}">${r.attestations.flagged} need attention</span> (${esc(r.attestations.file)})`,
          ),
        ]
      : []),
  ].join('')}</div>`;
}

function trend(r: SoaReport): string {
  if (!r.history) return '';
  const { overall, results } = r.history;
  const body =
    overall.length >= 2
      ? `<div class="charts">${stackedBarChart(overall, { title: 'Controls by worst evidence status per recorded scan', unit: 'controls', width: 600 })}${stackedBarChart(results, { title: 'Evidence results summed over the controls per recorded scan', unit: 'results', width: 600 })}</div>`
      : `<p class="muted">The history holds ${overall.length} scan(s) with evidence; the chart needs two or more.</p>`;
  return `<section id="trend"><h2>Operating over time</h2><p class="muted">Each bar is one recorded scan. Left: each control with evidence, counted as failing when any of its evidence failed, as error when any could not be read, otherwise as passing. Right: the evidence results themselves; an item counts once for each control it evidences.</p>${body}</section>`;
}

function itemDetails(i: EvidenceItem): string {
  const facts: [string, string][] = [
    ['Check', `<code>${esc(i.checkId)}</code> ${esc(i.title)}`],
    ['Severity', esc(i.severity)],
    ['Resource', `${esc(i.resource.type)} <code>${esc(i.resource.arn ?? i.resource.id)}</code>`],
    ['Account / region', `${esc(i.resource.account)} / ${esc(i.resource.region)}`],
    ['Message', esc(i.message)],
    ...(i.error
      ? ([['Could not read', `${esc(i.error.api)} (${esc(i.error.kind)}; needs ${esc(i.error.action)}): ${esc(i.error.message)}`]] as [
          string,
          string,
        ][])
      : []),
    ...(i.waiver
      ? ([
          [
            'Waiver',
            `${esc(i.waiver.reason)}; owner ${esc(i.waiver.owner)}, expires ${esc(i.waiver.expires)}${i.waiver.ticket ? `, ticket ${esc(i.waiver.ticket)}` : ''}`,
          ],
        ] as [string, string][])
      : []),
    ['Observed', `<pre>${esc(JSON.stringify(i.observed, null, 2))}</pre>`],
    [
      'Sources',
      i.sources.length
        ? `<table><thead><tr><th>Inventory key</th><th>Scope</th><th>API calls</th><th>Collected</th></tr></thead><tbody>${i.sources.map((s) => `<tr><td><code>${esc(s.key)}</code></td><td>${esc(s.scope)}</td><td>${esc(s.apis.join(', '))}</td><td>${esc(s.collectedAt)}</td></tr>`).join('')}</tbody></table>`
        : '<span class="muted">none</span>',
    ],
    ['Evidence id', `<code>${esc(i.id)}</code>`],
  ];
  return `<details class="item ${esc(i.status)}"><summary>${badge(i.status, i.status.replace('_', ' '))}${i.waiver ? ` ${badge('waived', 'waived')}` : ''} <code>${esc(i.checkId)}</code> ${esc(resourceLabel(i))}: ${esc(i.message)}</summary><dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl></details>`;
}

function controlDetail(row: SoaRow, r: SoaReport): string {
  const parts: string[] = [];
  if (!row.applicable) parts.push(`<div class="justification"><strong>Not applicable:</strong> ${esc(row.justification ?? '')}</div>`);
  if (!row.applicable && row.itemCount)
    parts.push(`<div class="guidance"><strong>Review this decision:</strong> ${esc(naWithEvidence(row))}</div>`);
  else if (row.justification) parts.push(`<div class="justification"><strong>Why included:</strong> ${esc(row.justification)}</div>`);
  if (row.guidance)
    parts.push(
      `<div class="guidance"><strong>Evidence to request${row.coverage === 'partial' ? ' (the scan covers this only in part)' : ''}:</strong> ${esc(row.guidance)}</div>`,
    );
  if (row.attestation) parts.push(attestationDetail(row));
  const points = r.history?.byControl.get(row.id) ?? [];
  if (points.length >= 2)
    parts.push(stackedBarChart(points, { title: `${row.id} evidence status per recorded scan`, unit: 'items', height: 160 }));
  if (row.itemCount) {
    // The report holds the first items per control only (soa.ts); the rest are counted.
    const shown = row.items;
    const more = row.itemCount - shown.length;
    const summary = `${row.itemCount} evidence item(s): ${row.fail} fail, ${row.error} error, ${row.pass} pass${row.notApplicable ? `, ${row.notApplicable} not applicable` : ''}`;
    parts.push(
      `<details class="evidence"><summary>${esc(summary)}</summary>${shown.map(itemDetails).join('')}${more > 0 ? `<p class="muted">${esc(unlisted(more, 'item(s)', r.resultFile))}</p>` : ''}</details>`,
    );
  } else if (row.applicable && row.coverage !== 'manual') {
    parts.push('<p class="muted">The mapped checks produced no evidence in this scan.</p>');
  }
  const span = COLUMNS.length + (r.attestations ? 1 : 0);
  return parts.length ? `<tr class="detail" data-detail="${esc(row.id)}"><td colspan="${span}">${parts.join('')}</td></tr>` : '';
}

function attestationDetail(row: SoaRow): string {
  const a = row.attestation!;
  const docs = a.documents.length
    ? `<ul>${a.documents
        .map(
          (d) =>
            `<li><code>${esc(d.path)}</code> ${d.missing ? badge('fail', 'missing') : `SHA-256 <code>${esc(d.sha256 ?? '')}</code>${d.changed ? ` ${badge('fail', 'changed since attested')}` : ''}`}</li>`,
        )
        .join('')}</ul>`
    : '<span class="muted">no documents named</span>';
  const flags = row.flags.length ? `<div class="guidance"><strong>Attention:</strong> ${esc(row.flags.join('; '))}</div>` : '';
  return `<div class="attestation"><strong>Attested ${esc(a.status.replace('_', ' '))}</strong> by ${esc(a.owner)}; last reviewed ${esc(a.lastReview)}, next review due ${esc(a.nextReview)}. Automated evidence: ${esc(row.automated)}.${a.notes ? ` ${esc(a.notes)}` : ''}${docs}${flags}</div>`;
}

function attestedCell(row: SoaRow): string {
  if (!row.attestation) return '<td><span class="muted">none</span></td>';
  const cls = row.attestation.status === 'implemented' ? 'pass' : row.attestation.status === 'not_implemented' ? 'fail' : 'partial';
  return `<td class="attested">${badge(cls, row.attestation.status.replace('_', ' '))}${row.flags.length ? ` ${badge('fail', `${row.flags.length} flag(s)`)}` : ''}</td>`;
}

function controlRow(row: SoaRow, r: SoaReport): string {
  const checks = row.checks.length ? row.checks.map((c) => `<code>${esc(c)}</code>`).join('<br>') : '<span class="muted">none</span>';
  return (
    `<tr class="control${row.applicable ? '' : ' not-applicable'}" id="${esc(row.id)}" data-control="${esc(row.id)}">` +
    `<td><strong>${esc(row.id)}</strong></td><td>${esc(row.title)}</td>` +
    `<td>${row.applicable ? 'yes' : badge('na', 'not applicable')}</td>` +
    `<td>${badge(row.coverage, row.coverage)}</td><td>${checks}</td>` +
    num(row.pass) +
    num(row.fail, 'count-fail') +
    num(row.error, 'count-error') +
    num(row.waived) +
    `<td class="when">${row.lastTested ? shortTime(row.lastTested) : '<span class="muted">never</span>'}</td>` +
    (r.attestations ? attestedCell(row) : '') +
    '</tr>' +
    controlDetail(row, r)
  );
}

function controlTable(r: SoaReport): string {
  const columns = r.attestations ? [...COLUMNS, 'Attested'] : COLUMNS;
  const head = `<thead><tr>${columns.map((c, i) => `<th${i >= 5 && i <= 8 ? ' class="num"' : ''}>${esc(c)}</th>`).join('')}</tr></thead>`;
  const groups = rowsByTheme(r.rows).map(
    (g) =>
      `<tbody class="theme" data-theme="${esc(g.theme)}"><tr class="theme-head"><th colspan="${columns.length}">${esc(THEME_LABEL[g.theme] ?? g.theme)}: ${g.rows.length} controls</th></tr>${g.rows.map((row) => controlRow(row, r)).join('')}</tbody>`,
  );
  return `<table class="soa">${head}${groups.join('')}</table>`;
}

function riskAcceptances(r: SoaReport): string {
  const intro =
    '<p>Waived items are risks their owner accepted under ISO/IEC 27001:2022 clause 6.1.3 (information security risk treatment). They keep their status and are counted in the table; the waiver only stops them from failing the scan gate, and only until it expires.</p>';
  if (!r.riskAcceptances.length)
    return `<section id="risk-acceptances"><h2>Risk acceptances</h2>${intro}<p class="muted">No waived items in this scan.</p>${lapsed(r)}</section>`;
  const cut = acceptancesCut(r);
  const rows = r.riskAcceptances.map(
    (a) =>
      `<tr class="risk"><td><code>${esc(a.item.checkId)}</code></td><td>${esc(resourceLabel(a.item))}</td><td>${badge(a.item.status, a.item.status.replace('_', ' '))}</td><td>${esc(a.waiver.owner)}</td><td>${esc(a.waiver.reason)}</td><td class="when">${esc(a.waiver.expires)}${a.waiver.expires < r.generatedAt.slice(0, 10) ? ` ${badge('fail', 'expired')}` : ''}</td><td class="when">${esc(a.waiver.ticket ?? '')}</td><td>${esc(a.controls.join(', '))}</td></tr>`,
  );
  return `<section id="risk-acceptances"><h2>Risk acceptances</h2>${intro}<table><thead><tr><th>Check</th><th>Resource</th><th>Status</th><th>Owner</th><th>Reason</th><th>Expires</th><th>Ticket</th><th>Controls</th></tr></thead><tbody>${rows.join('')}</tbody></table>${cut ? `<p class="muted">${esc(cut)}</p>` : ''}${lapsed(r)}</section>`;
}

function lapsed(r: SoaReport): string {
  if (!r.lapsed.length) return '';
  const rows = r.lapsed.map(
    (w) =>
      `<tr class="lapsed"><td><code>${esc(w.check)}</code></td><td><code>${esc(w.resource)}</code></td><td>${esc(w.owner)}</td><td class="when">${esc(w.expires)}</td><td class="when">${esc(w.ticket ?? '')}</td><td class="num">${w.items}</td></tr>`,
  );
  return `<h3>Lapsed acceptances</h3><p>${esc(LAPSED_INTRO)}</p><table><thead><tr><th>Check</th><th>Resource pattern</th><th>Owner</th><th>Expired</th><th>Ticket</th><th class="num">Failing items</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** A self-contained, printable HTML Statement of Applicability: inline CSS and SVG, no script. */
export function renderSoaHtml(r: SoaReport): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Statement of Applicability: ISO/IEC 27001:2022 (${esc(r.scope.evaluatedAt.slice(0, 10))})</title>`,
    `<style>${SOA_CSS}</style></head><body>`,
    '<header><h1>Statement of Applicability</h1><p class="sub">ISO/IEC 27001:2022 Annex A controls, with automated evidence from annexa</p>',
    scopeHeader(r),
    '</header>',
    `<section id="totals"><h2>Totals</h2>${totals(r)}</section>`,
    trend(r),
    `<section id="controls"><h2>Controls</h2><p class="muted screen-only">Open a control's details for its evidence: status, resource, message, the observed facts (secrets redacted) and the API calls with their time.</p>${controlTable(r)}</section>`,
    riskAcceptances(r),
    "<footer>Control identifiers and short titles only; the standard's text is not reproduced. Counts include waived items under their status.</footer>",
    '</body></html>',
    '',
  ].join('\n');
}
