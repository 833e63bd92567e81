import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byItemOrder, evaluateAll } from '../../src/engine/evaluate.js';
import { allMappings } from '../../src/engine/mappings.js';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { ItemSpool } from '../../src/engine/spool.js';
import { InputError } from '../../src/errors.js';
import { loadBaseline } from '../../src/gating/baseline.js';
import { gate, rankFailing, SHOWN_ITEMS } from '../../src/gating/gate.js';
import { loadSnapshots } from '../../src/inventory/snapshot-file.js';
import { controlsByCheck } from '../../src/mapping/coverage.js';
import type { EvidenceItem } from '../../src/model/evidence.js';
import { itemsOf } from '../../src/model/items.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import { writeJson } from '../../src/output/json.js';
import { loadResult } from '../../src/output/load-result.js';
import { mergeResults } from '../../src/output/merge.js';
import { buildResult, type ResultDocument } from '../../src/output/result.js';
import { fromRoot } from '../../src/paths.js';
import { evidenceItem } from '../support/evidence.js';

const mappings = allMappings();
const demo = loadSnapshots(fromRoot('demo', 'demo-snapshot.json')).find((s) => s.provider === 'aws')!;
const checkIds = ALL_CHECKS.map((c) => c.meta.id).sort();
let dir = '';
let savedTmp: string | undefined;

// Spools go to os.tmpdir(): a private one lets the tests count what is left behind.
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'annexa-stream-edges-'));
  savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = join(dir, 'tmp');
  mkdirSync(process.env.TMPDIR);
});
afterAll(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  rmSync(dir, { recursive: true, force: true });
});
const spools = (): string[] => readdirSync(join(dir, 'tmp')).filter((f) => f.startsWith('annexa-items-'));

function result(items: EvidenceItem[], evaluatedAt = '2026-12-01T00:00:00.000Z'): ResultDocument {
  return buildResult({ snapshots: [demo], items, mappings, checkIds, params: DEFAULT_PARAMS, source: 'snapshot', evaluatedAt });
}
const demoItems = (): EvidenceItem[] => [...evaluateAll([demo], ALL_CHECKS, DEFAULT_PARAMS, controlsByCheck(mappings))];
const write = (name: string, doc: ResultDocument): Promise<string> => writeJson(join(dir, name), doc);

describe('results read item by item, at the edges of the layout', () => {
  it('reads a result saved with CRLF line endings as the same document', async () => {
    const file = await write('crlf', result(demoItems()));
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('\n', '\r\n'));
    const whole = loadResult(file);
    const streamed = loadResult(file, { wholeLimit: 0 });
    expect([...streamed.items]).toEqual([...whole.items]);
    expect({ ...streamed, items: 0 }).toEqual({ ...whole, items: 0 });
  });

  it('reads a result that starts with a UTF-8 byte order mark item by item, as it reads it whole', async () => {
    const file = await write('bom', result(demoItems()));
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
    const whole = loadResult(file);
    // wholeLimit 0: the path of results over 256 MiB, which refused the mark as "not valid JSON".
    const streamed = loadResult(file, { wholeLimit: 0 });
    expect(Array.isArray(loadResult(file, { streamFrom: 0 }).items)).toBe(false);
    expect([...streamed.items]).toEqual([...whole.items]);
    expect({ ...streamed, items: 0 }).toEqual({ ...whole, items: 0 });
  });

  it('reads results from STREAM_FROM on item by item when annexa wrote them, and whole when another tool reformatted them', async () => {
    const file = await write('mid', result(demoItems()));
    const whole = loadResult(file);
    const streamed = loadResult(file, { streamFrom: 0 });
    expect(Array.isArray(streamed.items)).toBe(false);
    expect([...streamed.items]).toEqual([...whole.items]);
    writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(file, 'utf8')), null, 2));
    const reformatted = loadResult(file, { streamFrom: 0 });
    expect(Array.isArray(reformatted.items)).toBe(true);
    expect([...reformatted.items]).toEqual([...whole.items]);
  });

  it('reads a result of no items', async () => {
    const file = await write('empty', result([]));
    const streamed = loadResult(file, { wholeLimit: 0 });
    expect(streamed.items.count).toBe(0);
    expect([...streamed.items]).toEqual([]);
    expect([...streamed.items.lines()]).toEqual([]);
    expect({ ...streamed, items: 0 }).toEqual({ ...loadResult(file), items: 0 });
  });

  it('keeps text with newlines, U+2028, multi-byte and astral characters whole, through the spool and the file', async () => {
    const odd = ['line\nbreak\r\n', 'sep\u2028par\u2029', 'Grüße 日本語 ', '😀'.repeat(400_000)];
    const items = demoItems()
      .slice(0, 4)
      .map((i, n) => ({ ...i, message: odd[n]!, resource: { ...i.resource, name: odd[(n + 1) % 4]! } }));
    const spool = new ItemSpool(0);
    for (const i of items) spool.add(i);
    expect([...spool.done()]).toEqual(items);
    spool.discard();
    const file = await write('odd', result(items));
    expect([...loadResult(file, { wholeLimit: 0 }).items]).toEqual([...loadResult(file).items]);
  });
});

describe('item order', () => {
  it('is the same whatever the locale of the machine that ran the shard', async () => {
    const code = `const { byItemOrder } = await import(${JSON.stringify(fromRoot('src', 'engine', 'evaluate.ts'))});
const it = (id) => ({ resource: { provider: 'aws', account: '1', region: 'r', id }, checkId: 'c' });
process.stdout.write(['zz', 'aab', 'ab'].map(it).sort(byItemOrder).map((i) => i.resource.id).join(' '));`;
    const env = { ...process.env, LANG: 'da_DK.UTF-8', LC_ALL: 'da_DK.UTF-8' };
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('aab ab zz');
  });
});

describe('a large baseline', () => {
  it('is read item by item, with the same failing items as read whole', async () => {
    const file = await write('baseline', result(demoItems()));
    const whole = loadBaseline(file, 'baseline.json', Number.POSITIVE_INFINITY);
    expect(whole.failing.size).toBeGreaterThan(0);
    expect(loadBaseline(file, 'baseline.json', 0)).toEqual(whole);
    writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(file, 'utf8')), null, 2));
    expect(loadBaseline(file, 'baseline.json', 0)).toEqual(whole);
  });
});

describe('CI lists past the shown limit', () => {
  it('does not list items that block as other failures once more than SHOWN_ITEMS block', () => {
    const items = Array.from({ length: SHOWN_ITEMS + 5 }, () => evidenceItem({ status: 'fail', severity: 'high' }));
    const r = result(items);
    const outcome = gate(r, { failOn: 'high', allowIncomplete: true });
    expect(outcome.blockingCount).toBe(SHOWN_ITEMS + 5);
    expect(rankFailing(r, outcome).other).toEqual([]);
  });
});

describe('a merge of inputs out of order', () => {
  it('sorts in spooled runs, keeps the first copy of a duplicated id, and leaves no temporary files', () => {
    const items = demoItems();
    // In order for a while (the sorted merge spools some), then out of order: the fallback starts over.
    const shuffled = [...items.slice(0, 40), ...items.slice(40).reverse()];
    const first = { ...result(shuffled, '2026-11-01T00:00:00.000Z'), items: itemsOf(shuffled) };
    const dup = items.slice(0, 3).map((i) => ({ ...i, message: 'second copy' }));
    const second = { ...result(dup, '2026-11-02T00:00:00.000Z'), items: itemsOf(dup) };
    second.run = { ...second.run, accounts: second.run.accounts.map((a) => ({ ...a, finishedAt: '2026-11-02T00:00:00.000Z' })) };
    const before = spools().length;
    const merged = mergeResults(
      [
        { file: 'first.json', doc: first },
        { file: 'second.json', doc: second },
      ],
      mappings,
      5,
      7,
    );
    const got = [...merged.items];
    expect(got).toEqual([...items].sort(byItemOrder));
    expect(merged.summary.items).toBe(items.length);
    // Only the merged result's own spool remains.
    expect(spools().length).toBe(before + 1);
  });

  it('removes its spool when an input turns out bad halfway', async () => {
    const file = await write('bad', result(demoItems()));
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.length - 20;
    lines[at] = lines[at]!.replace('"status":"', '"status":"x');
    writeFileSync(file, lines.join('\n'));
    const before = spools().length;
    expect(() => mergeResults([{ file, doc: loadResult(file, { wholeLimit: 0 }) }], mappings, 5)).toThrow(InputError);
    expect(spools().length).toBe(before);
  });
});
