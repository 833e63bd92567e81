/**
 * Twins that had drifted apart, each held to one behaviour: the CIS benchmark a SARIF rule
 * names, the Markdown summary's failing controls when several frameworks are selected, and
 * the one severity ordering.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/engine/evaluate.js';
import { allMappings } from '../../src/engine/mappings.js';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { gate } from '../../src/gating/gate.js';
import { loadSnapshots } from '../../src/inventory/snapshot-file.js';
import { controlsByCheck } from '../../src/mapping/coverage.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import { bySeverity, SEVERITIES } from '../../src/model/status.js';
import { renderMarkdownSummary } from '../../src/output/markdown-summary.js';
import { buildResult } from '../../src/output/result.js';
import { sarifRule } from '../../src/output/sarif-rules.js';
import { fromRoot } from '../../src/paths.js';
import { PROVIDERS } from '../../src/providers/index.js';

describe('SARIF rule help', () => {
  it.each(PROVIDERS.map((p) => [p.id, p] as const))('names the %s checks’ own CIS benchmark and version', (id, p) => {
    const check = ALL_CHECKS.find((c) => c.meta.provider === id && c.meta.cis?.length);
    expect(check, `${id} has a check with CIS ids`).toBeDefined();
    const rule = sarifRule(check!.meta.id, [], { title: 'x', severity: 'low' });
    const named = `${p.cisBenchmark.name} ${p.cisBenchmark.version}`;
    expect(rule.help?.text).toContain(`${named}: ${check!.meta.cis!.join(', ')}.`);
    expect(rule.help?.markdown).toContain(`**${named}.**`);
    for (const other of PROVIDERS.filter((o) => o.id !== id)) expect(rule.help?.text).not.toContain(other.cisBenchmark.name);
  });
});

describe('Markdown summary with several frameworks', () => {
  it('lists each framework’s failing controls under its own heading', () => {
    const mappings = allMappings();
    const snapshots = loadSnapshots(fromRoot('demo', 'demo-snapshot.json'));
    const result = buildResult({
      snapshots,
      items: evaluateAll(snapshots, ALL_CHECKS, DEFAULT_PARAMS, controlsByCheck(mappings)),
      mappings,
      checkIds: ALL_CHECKS.map((c) => c.meta.id).sort(),
      params: DEFAULT_PARAMS,
      source: 'snapshot',
      evaluatedAt: '2026-11-27T00:00:00.000Z',
      frameworks: ['iso27001:2022', 'iso27017:2015'],
    });
    const md = renderMarkdownSummary(result, gate(result, { failOn: 'none', allowIncomplete: true }));
    const section = (heading: string): string[] => {
      const start = md.indexOf(heading);
      expect(start, heading).toBeGreaterThanOrEqual(0);
      const rest = md.slice(start + heading.length);
      const end = rest.indexOf('\n### ');
      return (end < 0 ? rest : rest.slice(0, end)).split('\n').filter((l) => /^\| [A-Z0-9]/.test(l) && !l.startsWith('| Control'));
    };
    const ids = (rows: string[]) => rows.map((r) => r.split('|')[1]!.trim());
    const iso27001 = ids(section('### Top failing controls (ISO/IEC 27001:2022)'));
    const iso27017 = ids(section('### Top failing controls (ISO/IEC 27017:2015)'));
    expect(iso27001.length).toBeGreaterThan(0);
    expect(iso27017.length).toBeGreaterThan(0);
    // 27001:2022 Annex A ids are A.5-A.8; 27017 ids are clause numbers or CLD.*.
    expect(iso27001.every((c) => c.startsWith('A.'))).toBe(true);
    expect(iso27017.some((c) => c.startsWith('A.'))).toBe(false);
  });
});

describe('severity ordering', () => {
  it('sorts most severe first, in SEVERITIES order', () => {
    expect([...SEVERITIES].reverse().sort(bySeverity)).toEqual([...SEVERITIES]);
  });
});
