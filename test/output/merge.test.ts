import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/engine/evaluate.js';
import { allMappings } from '../../src/engine/mappings.js';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { loadSnapshots } from '../../src/inventory/snapshot-file.js';
import { controlsByCheck } from '../../src/mapping/coverage.js';
import { itemsOf } from '../../src/model/items.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { mergeResults } from '../../src/output/merge.js';
import { buildResult } from '../../src/output/result.js';
import { fromRoot } from '../../src/paths.js';
import { asTest, cloneResult, type TestResult } from '../support/result.js';

const mappings = allMappings();
const controls = controlsByCheck(mappings);
// The demo's AWS account (the file also holds an Azure subscription).
const demo = loadSnapshots(fromRoot('demo', 'demo-snapshot.json')).find((s) => s.provider === 'aws')!;
const AT = '2026-11-27T00:00:00.000Z';

function other(id: string): Snapshot {
  return { ...structuredClone(demo), account: { id, partition: 'aws' } };
}

function result(snapshots: Snapshot[]): TestResult {
  const checkIds = ALL_CHECKS.map((c) => c.meta.id).sort();
  const items = evaluateAll(snapshots, ALL_CHECKS, DEFAULT_PARAMS, controls);
  return asTest(buildResult({ snapshots, items, mappings, checkIds, params: DEFAULT_PARAMS, source: 'snapshot', evaluatedAt: AT }));
}

describe('mergeResults', () => {
  const accounts = [demo, other('210987654321'), other('333344445555')];
  const whole = result(accounts);

  it('gives the same document as one run over every account', () => {
    const shards = accounts.map((s, i) => ({ file: `shard-${i}.json`, doc: result([s]) }));
    expect(mergeResults(shards.reverse(), mappings)).toEqual(whole);
  });

  it('joins region shards of one account and keeps overlapping items once', () => {
    const byRegion = demo.regions.map((r) => ({ ...structuredClone(demo), regions: [r] }));
    const merged = mergeResults(
      byRegion.map((s, i) => ({ file: `r${i}.json`, doc: result([s]) })),
      mappings,
    );
    expect(merged.run.accounts).toHaveLength(1);
    expect(merged.run.accounts[0]!.regions).toEqual([...demo.regions].sort());
    expect(new Set([...merged.items].map((i) => i.id)).size).toBe(merged.items.count);
    expect(merged.summary.items).toBe(result([demo]).summary.items);
  });

  it('counts items and errors per account', () => {
    const perAccount = whole.run.accounts.map((a) => a.items);
    expect(perAccount.reduce((n, x) => n + x, 0)).toBe(whole.summary.items);
    expect(whole.run.notes.every((n) => /^\d{12}: /.test(n))).toBe(true);
  });

  it('refuses results made with other mappings', () => {
    const a = result([demo]);
    const b = { ...result([other('210987654321')]) };
    b.run = { ...b.run, mappingVersion: '1999.1.1' };
    expect(() =>
      mergeResults(
        [
          { file: 'a.json', doc: a },
          { file: 'b.json', doc: b },
        ],
        mappings,
      ),
    ).toThrow(/b\.json: run\.mappingVersion/);
  });

  it('names the parameter that differs', () => {
    const a = result([demo]);
    const b = result([other('210987654321')]);
    b.run = { ...b.run, params: { ...b.run.params, accessKeyMaxAgeDays: 30 } as typeof b.run.params };
    expect(() =>
      mergeResults(
        [
          { file: 'a.json', doc: a },
          { file: 'b.json', doc: b },
        ],
        mappings,
      ),
    ).toThrow(/b\.json: run\.params\.accessKeyMaxAgeDays: 30 differs from a\.json/);
  });

  it('refuses a result named twice, which would count its API calls twice', () => {
    const a = result([demo]);
    expect(() =>
      mergeResults(
        [
          { file: 'a.json', doc: a },
          { file: 'a.json', doc: a },
        ],
        mappings,
      ),
    ).toThrow(/a\.json: named twice/);
  });

  describe('shard sets', () => {
    const shard = (index: number, total: number, checks?: string[]): TestResult => {
      const d = result([other(`00000000000${index}`)]);
      return { ...d, run: { ...d.run, shard: { index, total }, ...(checks ? { checks } : {}) } };
    };
    const merge = (...docs: TestResult[]) =>
      mergeResults(
        docs.map((doc, i) => ({ file: `s${i + 1}.json`, doc })),
        mappings,
      );

    it('merges a whole set into one unsharded result', () => {
      const merged = merge(shard(1, 2), shard(2, 2));
      expect(merged.run.shard).toBeUndefined();
      expect(merged.run.accounts).toHaveLength(2);
    });

    it('refuses a set with a shard missing, repeated, of another size, or with other checks', () => {
      expect(() => merge(shard(1, 3), shard(3, 3))).toThrow(/merge: shard 2 of 3 missing/);
      expect(() => merge(shard(1, 2), shard(1, 2))).toThrow(/s2\.json: run\.shard: shard 1\/2 is also s1\.json/);
      expect(() => merge(shard(1, 2), shard(2, 3))).toThrow(/s2\.json: run\.shard: shard 2\/3, but s1\.json is one of 2/);
      expect(() => merge(shard(1, 2), shard(2, 2, ['aws.s3.bucket-versioning-enabled']))).toThrow(
        /s2\.json: run\.checks: lacks .* compared with s1\.json; shards must run the same checks/,
      );
    });
  });

  it("redacts what older results left in: item messages, facts and account notes pass today's rules", () => {
    const key = `AKIA${'Q7ZK3M9PLX2W4RTV'}`;
    const old = cloneResult(result([demo]));
    const items = [...old.items];
    items[0] = { ...items[0]!, message: `leaked ${key}`, observed: { note: `password=${'hunter2hunter2'}` } };
    old.items = itemsOf(items);
    old.run.accounts[0]!.notes = [`token ${key}`];
    const merged = mergeResults([{ file: 'old.json', doc: old }], mappings);
    const text = JSON.stringify([[...merged.items], merged.run]);
    expect(text).not.toContain(key);
    expect(text).not.toContain('hunter2hunter2');
    expect(text).toContain('[REDACTED]');
  });
});
