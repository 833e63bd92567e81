import { acceptancesCut, LAPSED_INTRO, resourceLabel, type SoaReport, TABLE_COLUMNS } from './soa.js';

/** A table cell: no line breaks, pipes escaped, no raw HTML for renderers that allow it. */
export function mdCell(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

function table(headers: string[], rows: string[][]): string[] {
  return [
    `| ${headers.map(mdCell).join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
  ];
}

export function renderSoaMarkdown(report: SoaReport): string {
  const { scope, totals } = report;
  const accounts = scope.accounts.map((a) => `${a.provider} ${a.account}${a.alias ? ` (${a.alias})` : ''}: ${a.regions.join(', ')}`);
  const out = [
    '# Statement of Applicability: ISO/IEC 27001:2022 Annex A',
    '',
    ...(scope.statement ? [mdCell(scope.statement), ''] : []),
    `- Accounts: ${mdCell(accounts.join('; ') || 'none')}`,
    `- Scan: ${scope.startedAt} to ${scope.finishedAt} (${scope.source}), evaluated ${scope.evaluatedAt}${scope.complete ? '' : ', incomplete: some evidence could not be read'}`,
    `- Tool: ${mdCell(scope.tool)}, mapping ${mdCell(scope.mappingVersion)}; report generated ${report.generatedAt}`,
    `- Controls: ${totals.controls} (${totals.applicable} applicable, ${totals.notApplicable} not applicable); applicable coverage ${totals.coverage.automated} automated, ${totals.coverage.partial} partial, ${totals.coverage.manual} manual`,
    `- Evidence items: pass ${totals.items.pass}, fail ${totals.items.fail}, error ${totals.items.error}, not applicable ${totals.items.not_applicable}, waived ${totals.waived}`,
    '',
    ...table(
      TABLE_COLUMNS.map((c) => c.header),
      report.rows.map((r) => TABLE_COLUMNS.map((c) => c.cell(r))),
    ),
    '',
    '## Risk acceptances (ISO/IEC 27001:2022 clause 6.1.3)',
    '',
  ];
  if (report.riskAcceptances.length === 0) out.push('No waived items in this scan.');
  else {
    out.push(
      ...table(
        ['Check', 'Resource', 'Status', 'Owner', 'Reason', 'Expires', 'Ticket', 'Controls'],
        report.riskAcceptances.map((r) => [
          r.item.checkId,
          resourceLabel(r.item),
          r.item.status,
          r.waiver.owner,
          r.waiver.reason,
          r.waiver.expires,
          r.waiver.ticket ?? '',
          r.controls.join(' '),
        ]),
      ),
    );
    const cut = acceptancesCut(report);
    if (cut) out.push('', mdCell(cut));
  }
  if (report.lapsed.length) {
    out.push(
      '',
      '### Lapsed acceptances',
      '',
      LAPSED_INTRO,
      '',
      ...table(
        ['Check', 'Resource pattern', 'Owner', 'Expired', 'Ticket', 'Failing items'],
        report.lapsed.map((w) => [w.check, w.resource, w.owner, w.expires, w.ticket ?? '', String(w.items)]),
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
