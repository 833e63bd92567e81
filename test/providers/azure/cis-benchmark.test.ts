/**
 * CIS Microsoft Azure Foundations Benchmark v6.0.0 accounting: every recommendation is either a check
 * (some Azure check cites its id) or an explicit manual control with guidance, and every id an Azure
 * check cites is a v6.0.0 recommendation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { ALL_CHECKS } from '../../../src/engine/registry.js';
import { fromRoot } from '../../../src/paths.js';

const Recommendation = z.discriminatedUnion('coverage', [
  z
    .object({ id: z.string(), assessment: z.enum(['automated', 'manual']), coverage: z.literal('check'), title: z.string().min(10) })
    .strict(),
  z
    .object({
      id: z.string(),
      assessment: z.enum(['automated', 'manual']),
      coverage: z.literal('manual'),
      title: z.string().min(10),
      guidance: z.string().min(30),
    })
    .strict(),
]);
const Benchmark = z
  .object({ benchmark: z.object({ name: z.string(), version: z.literal('6.0.0') }), recommendations: z.array(Recommendation) })
  .strict();

const file = fromRoot('src', 'providers', 'azure', 'cis', 'benchmark.yaml');
const bench = Benchmark.parse(parse(readFileSync(file, 'utf8')));
const cited = new Map<string, string[]>();
for (const c of ALL_CHECKS.filter((c) => c.meta.provider === 'azure'))
  for (const id of c.meta.cis ?? []) cited.set(id, [...(cited.get(id) ?? []), c.meta.id]);

describe('CIS Azure v6.0.0 benchmark accounting', () => {
  it('lists each recommendation once, in the benchmark numbering', () => {
    const ids = bench.recommendations.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[2-9](\.\d+){1,3}$/);
    // The v6.0.0 list: 127 recommendations, 89 of them Automated.
    expect(ids).toHaveLength(127);
    expect(bench.recommendations.filter((r) => r.assessment === 'automated')).toHaveLength(89);
  });

  it.each(bench.recommendations.map((r) => [r.id, r] as const))('%s is a check or a manual control with guidance', (id, r) => {
    if (r.coverage === 'check') expect(cited.get(id), `no Azure check cites CIS ${id}`).toBeDefined();
    else expect(cited.has(id), `CIS ${id} is cited by ${cited.get(id)?.join(', ')}; mark it coverage: check`).toBe(false);
  });

  it('every CIS id an Azure check cites is a v6.0.0 recommendation', () => {
    const known = new Set(bench.recommendations.map((r) => r.id));
    const stray = [...cited].filter(([id]) => !known.has(id)).map(([id, checks]) => `${id} (${checks.join(', ')})`);
    expect(stray).toEqual([]);
  });
});
