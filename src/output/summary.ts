import { FRAMEWORK_LABELS, type FrameworkKey } from '../mapping/load.js';
import { describeFetchError } from '../model/fetched.js';
import { notPassing, topItems } from '../model/items.js';
import { oneLine } from '../model/one-line.js';
import { bySeverity, SEVERITIES } from '../model/status.js';
import { findProvider, PROVIDER_IDS } from '../providers/index.js';
import type { AccountRun, ControlSummary, ResultDocument } from './result.js';

/** How people name a provider and its accounts; a provider this build does not know keeps its id. */
function names(provider: string): { name: string; unit: string; location: string } {
  const p = findProvider(provider);
  return p ? { name: p.label, unit: p.accountNoun, location: p.locationNoun } : { name: provider, unit: 'account', location: 'region' };
}

/** `AWS account`, `Azure subscription`. */
export function accountLabel(provider: string): string {
  const p = names(provider);
  return `${p.name} ${p.unit}`;
}

function scope(accounts: readonly AccountRun[]): string {
  if (accounts.length === 1) {
    const a = accounts[0]!;
    const p = names(a.provider);
    return `${p.name} ${p.unit} ${a.account}, ${a.regions.length} ${p.location}(s)`;
  }
  const ids = [...PROVIDER_IDS, ...new Set(accounts.map((a) => a.provider).filter((id) => !PROVIDER_IDS.includes(id)))];
  const parts = ids
    .map((prov) => [names(prov), accounts.filter((a) => a.provider === prov).length] as const)
    .filter(([, n]) => n > 0)
    .map(([p, n]) => `${n} ${p.name} ${n === 1 ? p.unit : `${p.unit}s`}`);
  return parts.join(' and ');
}

/** The frameworks of a result's control summaries, in the order they appear. */
export function frameworksOf(result: ResultDocument): FrameworkKey[] {
  return [...new Set(result.controls.map((c) => c.framework))];
}

/** One framework's failing controls, most failures first. */
export function failingControls(result: ResultDocument, framework: FrameworkKey): ControlSummary[] {
  return result.controls
    .filter((c) => c.framework === framework && c.fail > 0)
    .sort((a, b) => b.fail - a.fail || a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/** Regions alone are ambiguous once several accounts are scanned; subscription-wide reads have no region. */
export function errorScope(e: { accounts: string[]; scopes: string[] }, several: boolean): string {
  const regions = e.scopes.filter((s) => s !== 'global');
  const at = regions.length ? regions.join(', ') : 'account-wide';
  return several ? `${e.accounts.join(', ')} (${at})` : at;
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
      lines.push(
        `  ${accountLabel(a.provider)} ${a.account}${a.alias ? ` (${oneLine(a.alias)})` : ''}: ${a.items} items, ${a.errors} error(s)${a.complete ? '' : ' — incomplete'}`,
      );
    }
  }
  const s = summary.byStatus;
  lines.push(`Evidence items: ${summary.items}   pass ${s.pass}   fail ${s.fail}   error ${s.error}   not applicable ${s.not_applicable}`);
  lines.push(`Failing by severity: ${SEVERITIES.map((sev) => `${sev} ${summary.failingBySeverity[sev]}`).join('   ')}`);

  // Top failing controls of one framework: 27001:2022 when selected, else the first selected.
  const frameworks = frameworksOf(result);
  const primary = frameworks.includes('iso27001:2022') ? 'iso27001:2022' : frameworks[0];
  const failing = primary ? failingControls(result, primary) : [];
  if (primary && failing.length) {
    lines.push('', `Top failing controls (${FRAMEWORK_LABELS[primary].name}):`);
    const shown = failing.slice(0, top);
    const width = Math.max(7, ...shown.map((c) => c.id.length));
    for (const c of shown) lines.push(`  ${pad(c.id, width)} ${pad(c.title, 48)} ${c.fail} failing`);
  }

  const worst = topItems(
    notPassing(result.items),
    (i) => i.status === 'fail',
    top,
    (a, b) => bySeverity(a.severity, b.severity) || a.checkId.localeCompare(b.checkId),
  ).top;
  if (worst.length) {
    lines.push('', 'Top findings:');
    for (const i of worst.slice(0, top)) lines.push(`  [${i.severity}] ${oneLine(i.message)} (${i.checkId})`);
  }

  if (run.errorsByApi.length) {
    lines.push('', 'Could not read (these items are "error", not pass or fail):');
    for (const e of run.errorsByApi.slice(0, top)) {
      lines.push(
        `  ${oneLine(describeFetchError({ kind: e.kind, api: e.api, action: e.action, message: e.message }))} — ${e.items} item(s) in ${errorScope(e, run.accounts.length > 1)}`,
      );
    }
    if (run.errorsByApi.length > top) lines.push(`  … and ${run.errorsByApi.length - top} more API(s); see run.errorsByApi in the JSON`);
  }
  lines.push('');
  for (const fw of frameworks) {
    const cov = { automated: 0, partial: 0, manual: 0 };
    const mine = result.controls.filter((c) => c.framework === fw);
    for (const c of mine) cov[c.coverage]++;
    const { name, unit } = FRAMEWORK_LABELS[fw];
    lines.push(
      `${name} coverage: ${mine.length} ${unit} — ${cov.automated} automated, ${cov.partial} partial, ${cov.manual} manual (need other evidence)`,
    );
  }
  for (const n of run.notes) lines.push(`Note: ${oneLine(n)}`);
  return lines.join('\n');
}
