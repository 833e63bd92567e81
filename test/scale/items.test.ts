import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ItemSpool } from '../../src/engine/spool.js';
import { readLines } from '../../src/lines.js';
import type { EvidenceItem } from '../../src/model/evidence.js';
import { itemsOf, mapItems, notPassing, topItems } from '../../src/model/items.js';
import { evidenceItem } from '../support/evidence.js';

const item = (n: number, over: Partial<EvidenceItem> = {}): EvidenceItem =>
  evidenceItem({ id: n.toString(16).padStart(32, '0'), message: `résumé ✓ ${n}`, ...over });

describe('readLines', () => {
  const file = join(tmpdir(), `annexa-lines-${process.pid}.txt`);
  it('splits on newlines across chunk boundaries, keeps multi-byte characters whole, and yields a last line without newline', () => {
    // 1 MiB chunks: a line of 1.5 MiB of two-byte characters straddles a boundary mid-character.
    const long = 'é'.repeat(800_000);
    writeFileSync(file, `a\n${long}\n\nlast`);
    expect([...readLines(file)]).toEqual(['a', long, '', 'last']);
    writeFileSync(file, '');
    expect([...readLines(file)]).toEqual([]);
    rmSync(file);
  });
});

describe('ItemSpool', () => {
  it('keeps small runs in memory and gives them back in order, any number of times', () => {
    const spool = new ItemSpool(10);
    for (let n = 0; n < 5; n++) spool.add(item(n));
    const items = spool.done();
    expect(items.count).toBe(5);
    expect([...items].map((i) => i.message)).toEqual([0, 1, 2, 3, 4].map((n) => `résumé ✓ ${n}`));
    expect([...items]).toEqual([...items]);
  });

  it('moves to a temporary file past its limit, and reads back exactly what went in', () => {
    const spool = new ItemSpool(3);
    const all = Array.from({ length: 50 }, (_, n) => item(n, n % 2 ? { status: 'fail' } : {}));
    for (const i of all) spool.add(i);
    const items = spool.done();
    expect(items.count).toBe(50);
    expect([...items]).toEqual(all);
    expect([...items.lines()]).toEqual(all.map((i) => JSON.stringify(i)));
    // A second reading sees the same items: every output reads the spool once.
    expect([...items].length).toBe(50);
  });
});

describe('Items helpers', () => {
  it('mapItems applies its function on every reading without copying', () => {
    const base = itemsOf([item(1), item(2)]);
    const marked = mapItems(base, (i) => ({ ...i, message: 'x' }));
    expect(marked.count).toBe(2);
    expect([...marked].map((i) => i.message)).toEqual(['x', 'x']);
    expect([...marked.lines()].map((l) => (JSON.parse(l) as EvidenceItem).message)).toEqual(['x', 'x']);
    expect(base[0]!.message).not.toBe('x');
  });

  it('topItems keeps the first n in order among the selected, counting all of them', () => {
    const all = Array.from({ length: 100 }, (_, n) => item(n, { severity: n % 3 === 0 ? 'high' : 'low', status: n % 2 ? 'fail' : 'pass' }));
    const order = (a: EvidenceItem, b: EvidenceItem) =>
      a.severity === b.severity ? a.id.localeCompare(b.id) : a.severity === 'high' ? -1 : 1;
    const { top, total } = topItems(all, (i) => i.status === 'fail', 5, order);
    const expected = all.filter((i) => i.status === 'fail').sort(order);
    expect(total).toBe(expected.length);
    expect(top).toEqual(expected.slice(0, 5));
  });
});

describe('spooled JSON', () => {
  it('a result written from a spool parses to the same items', async () => {
    const { writeJson } = await import('../../src/output/json.js');
    const { assembleResult } = await import('../../src/output/result.js');
    const { allMappings } = await import('../../src/engine/mappings.js');
    const { DEFAULT_PARAMS } = await import('../../src/model/params.js');
    const spool = new ItemSpool(2);
    const all = Array.from({ length: 7 }, (_, n) => item(n));
    for (const i of all) spool.add(i);
    const result = assembleResult({
      accounts: [],
      items: spool.done(),
      mappings: allMappings(),
      checkIds: [],
      params: DEFAULT_PARAMS,
      source: 'snapshot',
    });
    const dir = join(tmpdir(), `annexa-json-${process.pid}`);
    const file = await writeJson(dir, result);
    const back = JSON.parse(readFileSync(file, 'utf8')) as { items: EvidenceItem[]; summary: { items: number } };
    expect(back.items).toEqual(all);
    expect(back.summary.items).toBe(7);
    rmSync(dir, { recursive: true });
  });

  it('copies the bytes of the spool into the same file a run in memory writes, across chunk boundaries and multi-byte characters', async () => {
    const { writeJson } = await import('../../src/output/json.js');
    const { assembleResult } = await import('../../src/output/result.js');
    const { allMappings } = await import('../../src/engine/mappings.js');
    const { DEFAULT_PARAMS } = await import('../../src/model/params.js');
    const dir = join(tmpdir(), `annexa-json-bytes-${process.pid}`);
    // 1 MiB chunks: ~2.6 MiB of items with two- and three-byte characters straddle the boundaries.
    for (const n of [1, 2, 900]) {
      const all = Array.from({ length: n }, (_, k) => item(k, { message: `${'é✓'.repeat(k % 7)}${'x'.repeat(1000 + k)}` }));
      const spool = new ItemSpool(0);
      for (const i of all) spool.add(i);
      const spooled = spool.done();
      expect(spooled.bytes).toBeDefined();
      const text = async (items: typeof spooled) => {
        const result = assembleResult({
          accounts: [],
          items,
          mappings: allMappings(),
          checkIds: [],
          params: DEFAULT_PARAMS,
          source: 'snapshot',
        });
        return readFileSync(await writeJson(dir, result), 'utf8').replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T');
      };
      expect(await text(spooled)).toBe(await text(itemsOf([...all])));
      spool.discard();
    }
    rmSync(dir, { recursive: true });
  });
});

describe('the index of notable items a spool keeps', () => {
  it('gives the items that are not a plain pass, in order, and every check id with its providers', () => {
    const spool = new ItemSpool(4);
    const all = Array.from({ length: 40 }, (_, n) =>
      item(n, {
        checkId: n % 5 ? 'aws.a.x' : 'azure.b.y',
        status: (['pass', 'fail', 'error', 'not_applicable', 'pass'] as const)[n % 5],
        ...(n === 8 ? { waiver: { check: '*', resource: '*', reason: 'r', owner: 'o', expires: '2099-01-01' } } : {}),
      }),
    );
    for (const i of all) spool.add(i);
    const items = spool.done();
    const wanted = all.filter((i) => i.status !== 'pass' || i.waiver);
    expect([...items.notPassing!()]).toEqual(wanted);
    expect([...notPassing(items)]).toEqual(wanted);
    expect(items.checks).toEqual(
      new Map([
        ['aws.a.x', new Set(['aws'])],
        ['azure.b.y', new Set(['aws'])],
      ]),
    );
    // Marks that keep every item's standing keep the index; anything else falls back to a full reading.
    const marked = mapItems(items, (i) => ({ ...i, message: 'm' }), { keepsIndex: true });
    expect([...marked.notPassing!()].map((i) => i.id)).toEqual(wanted.map((i) => i.id));
    expect([...notPassing(marked)].every((i) => i.message === 'm')).toBe(true);
    const other = mapItems(items, (i) => ({ ...i, status: 'pass' }));
    expect(other.notPassing).toBeUndefined();
    // Read whole and filtered: only the waived item is still notable.
    expect([...notPassing(other)].map((i) => i.id)).toEqual([all[8]!.id]);
    spool.discard();
  });
});
