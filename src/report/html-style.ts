/** The report's only stylesheet, inlined so the HTML file stands alone. */
export const SOA_CSS = `
:root { --pass: #2e7d32; --fail: #c62828; --error: #b26a00; --na: #616161; --line: #d0d7de; --muted: #57606a; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; margin: 0 auto; padding: 24px; max-width: 1280px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
.sub { color: var(--muted); margin: 0 0 16px; }
dl.scope { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dl.scope dt { font-weight: 600; }
dl.scope dd { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid var(--line); }
th { background: #f6f8fa; font-weight: 600; }
td.when { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; min-width: 180px; }
.card .big { font-size: 22px; font-weight: 700; }
.card .small { color: var(--muted); font-size: 12px; }
tr.theme-head th { background: #eaeef2; font-size: 15px; padding-top: 10px; }
tr.control.not-applicable td { color: var(--muted); }
tr.detail > td { padding: 0 6px 6px 24px; border-bottom: 1px solid var(--line); }
tr.control td { border-bottom: none; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; color: #fff; white-space: nowrap; }
.badge.pass { background: var(--pass); } .badge.fail { background: var(--fail); } .badge.error { background: var(--error); }
.badge.not_applicable, .badge.na { background: var(--na); }
.badge.automated { background: #0969da; } .badge.partial { background: #8250df; } .badge.manual { background: #6e7781; }
.badge.waived { background: #9a6700; }
.count-fail { color: var(--fail); font-weight: 700; } .count-error { color: var(--error); font-weight: 700; }
details { margin: 4px 0; }
summary { cursor: pointer; color: #0969da; }
details.item { border-left: 3px solid var(--line); padding-left: 8px; }
details.item.fail { border-color: var(--fail); } details.item.error { border-color: var(--error); } details.item.pass { border-color: var(--pass); }
details.item summary { color: inherit; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
pre { background: #f6f8fa; border: 1px solid var(--line); border-radius: 4px; padding: 6px; margin: 0; font-size: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.guidance { background: #fff8c5; border-left: 3px solid #d4a72c; padding: 4px 8px; margin: 4px 0; }
.justification { background: #f6f8fa; border-left: 3px solid var(--na); padding: 4px 8px; margin: 4px 0; }
.muted { color: var(--muted); }
code { font-size: 12px; }
svg.chart { max-width: 100%; height: auto; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { padding: 0; max-width: none; font-size: 10.5px; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
  tr.control, tr.detail, details.item, .card, svg.chart { break-inside: avoid; }
  thead { display: table-header-group; }
  summary { color: inherit; }
  .screen-only { display: none; }
}
`;
