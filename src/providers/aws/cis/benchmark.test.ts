import { describe, expect, it } from 'vitest';
import { manualList } from '../../../cli/lists.js';
import { ALL_CHECKS } from '../../../engine/registry.js';
import { AWS } from '../descriptor.js';
import { awsCisBenchmark, benchmarkCoverage } from './benchmark.js';

/** Every recommendation id of CIS AWS Foundations Benchmark v7.0.0, in the benchmark's order. */
const V7_IDS = [
  ...['2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.1.5', '2.1.6'],
  ...Array.from({ length: 20 }, (_, i) => `2.${i + 2}`),
  ...['3.1.1', '3.1.2', '3.1.3', '3.1.4', '3.2.1', '3.2.2', '3.2.3', '3.2.4', '3.3.1'],
  ...Array.from({ length: 10 }, (_, i) => `4.${i + 1}`),
  ...Array.from({ length: 16 }, (_, i) => `5.${i + 1}`),
  ...['6.1.1', '6.1.2', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8'],
];

describe('CIS AWS Foundations Benchmark v7.0.0', () => {
  const bench = awsCisBenchmark();
  const status = benchmarkCoverage(bench, ALL_CHECKS);

  it('lists exactly the benchmark ids, in order, once each', () => {
    expect(bench.version).toBe('7.0.0');
    expect(AWS.cisBenchmark).toEqual({ name: bench.name, version: `v${bench.version}` });
    expect(bench.items.map((i) => i.id)).toEqual(V7_IDS);
  });

  it.each(status.map((s) => [s.id, s] as const))('accounts for %s by a check carrying its id or by manual guidance', (_id, s) => {
    expect(s.coverage, `${s.id} has no check with cis: ['${s.id}'] and no manual guidance`).not.toBe('unaccounted');
  });

  it('has no AWS check claiming an id the benchmark does not have', () => {
    const known = new Set(V7_IDS);
    const stray = ALL_CHECKS.filter((c) => c.meta.provider === 'aws').flatMap((c) =>
      (c.meta.cis ?? []).filter((id) => !known.has(id)).map((id) => `${c.meta.id}: ${id}`),
    );
    expect(stray).toEqual([]);
  });

  it('automates each monitoring item (5.1–5.15) with its own check', () => {
    for (const s of status.filter((x) => /^5\.(\d|1[0-5])$/.test(x.id))) {
      expect(s.coverage).toBe('automated');
      expect(s.checks).toEqual([expect.stringMatching(/^aws\.cloudwatch\..+-monitored$/)]);
    }
  });

  it('drops stop-gap guidance once the check it waits for carries the id', () => {
    // Guidance written as "Until the … check is merged" must go when that check lands, so the item reads as automated.
    const stale = status.filter((s) => s.manual?.startsWith('Until ') && s.checks.length).map((s) => s.id);
    expect(stale).toEqual([]);
  });

  it('prints the manual and partial items with their guidance under `checks list --manual`', () => {
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: () => {}, progress: () => {}, isTTY: false, env: {}, cwd: '.' };
    expect(manualList({}, io)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('CIS Amazon Web Services Foundations Benchmark v7.0.0');
    expect(text).toMatch(/^2\.1\.3 {2}manual {2}The management account runs no workloads$/m);
    expect(text).toMatch(/^2\.2 {2}partial .*\(checks: aws\.account\.contact-information-complete\)$/m);
    expect(text).not.toMatch(/^5\.1 /m);
    const n = (k: string) => status.filter((s) => s.coverage === k).length;
    expect(text).toContain(`70 recommendations — ${n('automated')} automated, ${n('partial')} partial, ${n('manual')} manual`);
  });
});
