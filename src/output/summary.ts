import { describeFetchError } from '../inventory/fetched.js';
import { FRAMEWORK_LABELS } from '../mapping/load.js';
import { SEVERITIES } from '../model/status.js';
import type { AccountRun, ResultDocument } from './result.js';

function scope(accounts: readonly AccountRun[]): string {
  if (accounts.length === 1) {
    const a = accounts[0]!;
    return `${a.provider.toUpperCase()} ${a.provider === 'azure' ? 'subscription' : 'account'} ${a.account}, ${a.regions.length} region(s)`;
  }
  const providers = [...new Set(accounts.map((a) => a.provider.toUpperCase()))].join(' and ');
  return `${accounts.length} ${providers} accounts`;
}

const pad = (s: string | number, n: number): string => String(s).padEnd(n);

/** The short, human summary printed at the end of a scan. */
export function renderSummary(result: ResultDocument, opts: { top?: number } = {}): string {
  const top = opts.top ?? 5;
  const { run, summary } = result;
  const lines: string[] = [];
  const where = run.source === 'snapshot' ? 'snapshot of' : 'live scan of';
  lines.push(`annexa ${run.tool.version} — ${where} ${scope(run.accounts)}, ${run.checks.length} checks, ${run.apiCallTotal} API calls`);
  if (run.accounts.length > 1) {
    for (const a of run.accounts) {
      const label = a.provider === 'azure' ? 'subscription' : 'account';
      lines.push(`  ${a.provider.toUpperCase()} ${label} ${a.account}${a.alias ? ` (${a.alias})` : ''}: ${a.items} items, ${a.errors} error(s)${a.complete ? '' : ' — incomplete'}`);
    }
  }
  const s = summary.byStatus;
  lines.push(`Evidence items: ${summary.items}   pass ${s.pass}   fail ${s.fail}   error ${s.error}   not applicable ${s.not_applicable}`);
  lines.push(`Failing by severity: ${SEVERITIES.map((sev) => `${sev} ${summary.failingBySeverity[sev]}`).join('   ')}`);

  // Top failing controls of one framework: 27001:2022 when selected, else the first selected.
  const frameworks = [...new Set(result.controls.map((c) => c.framework))];
  const primary = frameworks.includes('iso27001:2022') ? 'iso27001:2022' : frameworks[0];
  const failing = result.controls
    .filter((c) => c.framework === primary && c.fail > 0)
    .sort((a, b) => b.fail - a.fail || a.id.localeCompare(b.id, 'en', { numeric: true }));
  if (primary && failing.length) {
    lines.push('', `Top failing controls (${FRAMEWORK_LABELS[primary].name}):`);
    const shown = failing.slice(0, top);
    const width = Math.max(7, ...shown.map((c) => c.id.length));
    for (const c of shown) lines.push(`  ${pad(c.id, width)} ${pad(c.title, 48)} ${c.fail} failing`);
  }

  const worst = result.items
    .filter((i) => i.status === 'fail')
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.checkId.localeCompare(b.checkId));
  if (worst.length) {
    lines.push('', 'Top findings:');
    for (const i of worst.slice(0, top)) lines.push(`  [${i.severity}] ${i.message} (${i.checkId})`);
  }

  if (run.errorsByApi.length) {
    lines.push('', 'Could not read (these items are "error", not pass or fail):');
    for (const e of run.errorsByApi.slice(0, top)) {
      lines.push(`  ${describeFetchError({ kind: e.kind, api: e.api, action: e.action, message: e.message })} — ${e.items} item(s) in ${e.scopes.join(', ')}`);
    }
    if (run.errorsByApi.length > top) lines.push(`  … and ${run.errorsByApi.length - top} more API(s); see run.errorsByApi in the JSON`);
  }
  lines.push('');
  for (const fw of frameworks) {
    const cov = { automated: 0, partial: 0, manual: 0 };
    const mine = result.controls.filter((c) => c.framework === fw);
    for (const c of mine) cov[c.coverage]++;
    const { name, unit } = FRAMEWORK_LABELS[fw];
    lines.push(`${name} coverage: ${mine.length} ${unit} — ${cov.automated} automated, ${cov.partial} partial, ${cov.manual} manual (need other evidence)`);
  }
  for (const n of run.notes) lines.push(`Note: ${n}`);
  return lines.join('\n');
}
