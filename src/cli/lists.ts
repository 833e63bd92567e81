import { allMappings } from '../engine/mappings.js';
import { selectChecks } from '../engine/plan.js';
import { ALL_CHECKS } from '../engine/registry.js';
import { controlsByCheck, frameworkCoverage, unmappedChecks } from '../mapping/coverage.js';
import { FRAMEWORK_LABELS } from '../mapping/load.js';
import { awsCisBenchmark, benchmarkCoverage } from '../providers/aws/cis/benchmark.js';
import { leastPrivilegePolicy } from '../providers/aws/least-privilege.js';
import type { CliIO } from './io.js';
import { frameworksOption, list, textOrJson } from './options.js';

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n');
}

export function checksList(flags: { checks?: string; format?: string }, io: CliIO): number {
  const format = textOrJson(flags.format);
  const checks = selectChecks(ALL_CHECKS, { checks: list(flags.checks) });
  const controls = controlsByCheck(allMappings());
  if (format === 'json') {
    io.stdout(
      JSON.stringify(
        checks.map((c) => ({ ...c.meta, requires: c.meta.requires.map((k) => k.id), controls: controls.get(c.meta.id) ?? {} })),
        null,
        2,
      ),
    );
    return 0;
  }
  const rows = [['ID', 'SEVERITY', 'ISO 27001:2022', 'CIS', 'TITLE']];
  for (const c of checks) {
    rows.push([
      c.meta.id,
      c.meta.severity,
      (controls.get(c.meta.id)?.['iso27001:2022'] ?? []).join(','),
      (c.meta.cis ?? []).join(','),
      c.meta.title,
    ]);
  }
  io.stdout(table(rows));
  io.stdout(`\n${checks.length} checks`);
  return 0;
}

/**
 * The benchmark recommendations that need a person, wholly (manual) or beyond what the checks
 * show (partial), each with its guidance; then a one-line tally of the whole benchmark.
 */
export function manualList(flags: { format?: string }, io: CliIO): number {
  const format = textOrJson(flags.format);
  const bench = awsCisBenchmark();
  const status = benchmarkCoverage(bench, ALL_CHECKS);
  const manual = status.filter((s) => s.manual);
  if (format === 'json') {
    io.stdout(JSON.stringify({ benchmark: `${bench.name} v${bench.version}`, items: status }, null, 2));
    return 0;
  }
  io.stdout(`${bench.name} v${bench.version}: recommendations a person must judge\n`);
  for (const s of manual) {
    io.stdout(`${s.id}  ${s.coverage}  ${s.title}${s.checks.length ? `  (checks: ${s.checks.join(', ')})` : ''}`);
    io.stdout(`    ${s.manual}\n`);
  }
  const n = (k: string): number => status.filter((s) => s.coverage === k).length;
  io.stdout(`${status.length} recommendations — ${n('automated')} automated, ${n('partial')} partial, ${n('manual')} manual`);
  return 0;
}

export function controlsList(flags: { framework?: string; format?: string; links?: boolean }, io: CliIO): number {
  const format = textOrJson(flags.format);
  const mappings = allMappings();
  const frameworks = frameworksOption(
    flags.framework,
    mappings.catalogues.map((c) => c.framework),
  );
  const checkIds = ALL_CHECKS.map((c) => c.meta.id);
  const byFramework = frameworks.map((framework) => ({ framework, cov: frameworkCoverage(mappings, framework, checkIds) }));
  if (format === 'json') {
    io.stdout(
      JSON.stringify(
        byFramework.flatMap(({ framework, cov }) => cov.map((c) => ({ framework, ...c }))),
        null,
        2,
      ),
    );
    return 0;
  }
  for (const [i, { framework, cov }] of byFramework.entries()) {
    const rows = [['CONTROL', 'COVERAGE', 'CHECKS', 'TITLE']];
    for (const c of cov) rows.push([c.id, c.coverage, String(c.checks.length), c.title]);
    if (i > 0) io.stdout('');
    io.stdout(table(rows));
    if (flags.links) {
      // Every link with its one-line rationale, for the auditor who asks "why does this check count here?"
      for (const c of cov) {
        if (!c.checks.length) continue;
        io.stdout(`\n${c.id} ${c.title}`);
        for (const l of c.checks) io.stdout(`  ${l.id} (${l.strength}): ${l.rationale}`);
      }
      const unmapped = unmappedChecks(mappings, framework, checkIds);
      if (unmapped.length) io.stdout(`\nUnmapped here:\n${unmapped.map((u) => `  ${u.id}: ${u.reason}`).join('\n')}`);
    }
    const n = (k: string): number => cov.filter((c) => c.coverage === k).length;
    const { name, unit } = FRAMEWORK_LABELS[framework];
    io.stdout(
      `\n${name} (${framework}): ${cov.length} ${unit} — ${n('automated')} automated, ${n('partial')} partial, ${n('manual')} manual`,
    );
  }
  return 0;
}

export function iamPolicy(io: CliIO): number {
  io.stdout(JSON.stringify(leastPrivilegePolicy(), null, 2));
  return 0;
}
