import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/engine/evaluate.js';
import { allMappings } from '../../src/engine/mappings.js';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { InputError } from '../../src/errors.js';
import { loadSnapshots } from '../../src/inventory/snapshot-file.js';
import { controlsByCheck } from '../../src/mapping/coverage.js';
import { itemsOf } from '../../src/model/items.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { writeJson } from '../../src/output/json.js';
import { loadResult } from '../../src/output/load-result.js';
import { mergeResults } from '../../src/output/merge.js';
import { buildResult } from '../../src/output/result.js';
import { fromRoot } from '../../src/paths.js';

const mappings = allMappings();
const demo = loadSnapshots(fromRoot('demo', 'demo-snapshot.json')).find((s) => s.provider === 'aws')!;
const other = (id: string): Snapshot => ({ ...structuredClone(demo), account: { id, partition: 'aws' } });
const dir = join(tmpdir(), `annexa-merge-stream-${process.pid}`);

async function written(name: string, snapshots: Snapshot[]): Promise<string> {
  const items = evaluateAll(snapshots, ALL_CHECKS, DEFAULT_PARAMS, controlsByCheck(mappings));
  const result = buildResult({
    snapshots,
    items,
    mappings,
    checkIds: ALL_CHECKS.map((c) => c.meta.id).sort(),
    params: DEFAULT_PARAMS,
    source: 'snapshot',
    evaluatedAt: `2026-12-0${name.length % 9}T00:00:00.000Z`,
  });
  const file = await writeJson(join(dir, name), result);
  return file;
}

describe('results read item by item', () => {
  it('a result past the size limit reads in the layout annexa writes, with the same items', async () => {
    const file = await written('a', [demo]);
    const whole = loadResult(file);
    const streamed = loadResult(file, { wholeLimit: 0 });
    expect(streamed.items.count).toBe(whole.items.count);
    expect([...streamed.items]).toEqual([...whole.items]);
    expect([...streamed.items.lines()]).toEqual([...whole.items].map((i) => JSON.stringify(i)));
    expect({ ...streamed, items: 0 }).toEqual({ ...whole, items: 0 });
  });

  it('names the item that breaks the schema, and refuses a large file in another layout', async () => {
    const file = await written('b', [demo]);
    const text = readFileSync(file, 'utf8').replace('"status":"pass"', '"status":"maybe"');
    writeFileSync(file, text);
    const r = loadResult(file, { wholeLimit: 0 });
    expect(() => [...r.items]).toThrow(/items\.\d+\.status: must be equal to one of the allowed values/);
    writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(file, 'utf8').replace('"maybe"', '"pass"'))));
    expect(() => loadResult(file, { wholeLimit: 0 })).toThrow(InputError);
    expect(() => loadResult(file, { wholeLimit: 0 })).toThrow(/not in the layout annexa writes/);
  });
});

describe('a streaming merge', () => {
  it('merges per-account results read item by item into what one run gives, spooling as it goes', async () => {
    const accounts = ['111111111111', '222222222222', '333333333333'].map(other);
    const files = await Promise.all(accounts.map((s, i) => written(`acct${i}`, [s])));
    const docs = files.map((f) => ({ file: f, doc: loadResult(f, { wholeLimit: 0 }) }));
    const merged = mergeResults(docs, mappings, 5);
    const whole = buildResult({
      snapshots: accounts,
      items: evaluateAll(accounts, ALL_CHECKS, DEFAULT_PARAMS, controlsByCheck(mappings)),
      mappings,
      checkIds: ALL_CHECKS.map((c) => c.meta.id).sort(),
      params: DEFAULT_PARAMS,
      source: 'snapshot',
    });
    expect([...merged.items]).toEqual([...whole.items]);
    expect(merged.summary).toEqual(whole.summary);
    expect(merged.controls).toEqual(whole.controls);
  });

  it('sorts inputs written in an older order instead of merging them wrongly', async () => {
    const file = await written('old', [demo]);
    const doc = loadResult(file);
    // Older results were ordered by check first; reversing is as far out of order as it gets.
    const reversed = { ...doc, run: { ...doc.run, evaluatedAt: '2020-01-01T00:00:00.000Z' }, items: itemsOf([...doc.items].reverse()) };
    const merged = mergeResults([{ file: 'reversed.json', doc: reversed }], mappings);
    expect([...merged.items]).toEqual([...doc.items]);
  });

  it('refuses the same run under two names, which would count its API calls twice', async () => {
    const file = await written('same', [demo]);
    const copy = join(dir, 'copy.json');
    writeFileSync(copy, readFileSync(file));
    expect(() =>
      mergeResults(
        [
          { file, doc: loadResult(file) },
          { file: copy, doc: loadResult(copy) },
        ],
        mappings,
      ),
    ).toThrow(/holds the same run as .*same\/annexa-result\.json/);
    rmSync(dir, { recursive: true, force: true });
  });
});
