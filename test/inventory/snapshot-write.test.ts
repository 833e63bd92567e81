import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSnapshots, saveSnapshots, writeJsonFile } from '../../src/inventory/snapshot-file.js';
import { fromRoot } from '../../src/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'annexa-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeJsonFile', () => {
  it('writes exactly the bytes JSON.stringify would, at every depth', () => {
    const value = {
      a: [1, undefined, 'x', { b: undefined, c: null, d: [[], {}] }],
      e: undefined,
      f: new Date('2026-01-01T00:00:00Z'),
      'g"h': { i: 'ü ✓ \u2028', j: -0, k: 1e21, l: [{ m: true }] },
    };
    for (const depth of [0, 1, 2, 3, 6]) {
      const file = join(dir, `v${depth}.json`);
      writeJsonFile(file, value, depth);
      expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(value));
    }
  });

  it('saves a real snapshot, and a set, as one JSON document with a line per snapshot and per inventory key', () => {
    const snap = loadSnapshots(fromRoot('test', 'fixtures', 'snapshots', 'v1-compact.json'))[0]!;
    const one = join(dir, 'one.json');
    saveSnapshots(one, [snap]);
    const text = readFileSync(one, 'utf8');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(snap)));
    // Header line, one line per key, the closing line.
    expect(text.split('\n').filter(Boolean)).toHaveLength(Object.keys(snap.inventory).length + 2);
    const set = join(dir, 'set.json');
    const other = { ...snap, account: { ...snap.account, id: '999999999999' } };
    saveSnapshots(set, [snap, other]);
    const lines = readFileSync(set, 'utf8').split('\n');
    expect(JSON.parse(lines.join('\n'))).toEqual(JSON.parse(JSON.stringify({ schema: 'annexa.snapshots/v1', snapshots: [snap, other] })));
    expect(lines[0]).toBe('{"schema":"annexa.snapshots/v1","snapshots":[');
    expect(lines.filter((l) => l.startsWith('{"schema":"annexa.snapshot/v1",'))).toHaveLength(2);
    expect(lines.at(-2)).toBe(']}');
  });
});
