import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { iterSnapshots, loadSnapshots, openSnapshotFile, openSnapshotSetWriter, saveSnapshots } from '../../src/inventory/snapshot-file.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { fromRoot } from '../../src/paths.js';
import { S3_BUCKETS } from '../../src/providers/aws/services/s3/state.js';
import { tempDir } from '../support/cli.js';
import { denied, ok, snapshot } from '../support/snapshot.js';

const dir = tempDir('annexa-snap-stream-');
const OLD = fromRoot('test', 'fixtures', 'snapshots', 'v1-compact.json');

/** Account `i`, with text that must not break a line: newlines, U+2028, quotes in keys and values. */
function member(i: number): Snapshot {
  const s = snapshot(['eu-west-1', 'us-east-1'])
    .global(
      S3_BUCKETS,
      ok([{ name: `b-${i}\n"x"\u2028`, arn: `arn:aws:s3:::b-${i}`, region: 'eu-west-1', createdAt: '2026-01-01T00:00:00Z' }]),
    )
    .build();
  return {
    ...s,
    account: { id: String(100000000000 + i), partition: 'aws' },
    notes: [`note ${i}\nsecond line`],
    inventory: { ...s.inventory, 'weird "key"\n': { global: { result: denied('s3:ListBuckets'), collectedAt: s.startedAt, apis: [] } } },
  };
}

/** A snapshot as it reads back: zod fills defaults (`rateWaitMs`), JSON drops undefined. */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

function writeSet(name: string, snaps: Snapshot[]): string {
  const f = join(dir, name);
  saveSnapshots(f, snaps);
  return f;
}

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('the line layout', () => {
  const snaps = [member(2), member(0), member(1)];

  it('round-trips a set: one document, a line per snapshot header and per inventory key', () => {
    const f = writeSet('set.json', snaps);
    const text = readFileSync(f, 'utf8');
    expect(plain(JSON.parse(text))).toEqual(plain({ schema: 'annexa.snapshots/v1', snapshots: snaps }));
    const lines = text.split('\n');
    expect(lines[0]).toBe('{"schema":"annexa.snapshots/v1","snapshots":[');
    expect(lines.filter((l) => l.startsWith('{"schema":"annexa.snapshot/v1","provider":"aws"'))).toHaveLength(3);
    expect(lines[1]).toMatch(/"notes":\["note 2\\nsecond line"\],"inventory":\{$/);
    expect(lines.filter((l) => l.startsWith('"weird \\"key\\"\\n":'))).toHaveLength(3);
    expect(plain(loadSnapshots(f))).toEqual(plain(snaps));
  });

  it('round-trips a single snapshot in the same layout, without the set around it', () => {
    const f = writeSet('single.json', [snaps[0]!]);
    const lines = readFileSync(f, 'utf8').split('\n');
    expect(lines[0]).toMatch(/^\{"schema":"annexa.snapshot\/v1",.*"inventory":\{$/);
    expect(lines.at(-2)).toBe('}}');
    expect(plain(loadSnapshots(f))).toEqual(plain([snaps[0]]));
  });

  it('reads headers first, then members in any order from their offsets', () => {
    const f = writeSet('members.json', snaps);
    const file = openSnapshotFile(f);
    expect(file.members.map((m) => m.head.account.id)).toEqual(snaps.map((s) => s.account.id));
    expect(file.members.every((m) => !('inventory' in m.head))).toBe(true);
    for (const m of [...file.members].reverse()) expect(plain(file.read(m))).toEqual(plain(snaps[m.index]));
  });

  it('streams a file of many snapshots, written one at a time, and reads them one at a time', () => {
    const f = join(dir, 'many.json');
    const w = openSnapshotSetWriter(f);
    for (let i = 0; i < 300; i++) w.add(member(i));
    // Nothing is at the target until the writer closes.
    expect(existsSync(f)).toBe(false);
    w.close();
    let n = 0;
    for (const s of iterSnapshots(f)) {
      expect(s.account.id).toBe(member(n).account.id);
      n++;
    }
    expect(n).toBe(300);
    const it = iterSnapshots(f)[Symbol.iterator]();
    expect(plain(it.next().value)).toEqual(plain(member(0)));
    it.return?.(undefined);
  });

  it('leaves nothing behind when a write is abandoned', () => {
    const sub = tempDir('annexa-snap-abort-');
    const w = openSnapshotSetWriter(join(sub, 'x.json'));
    w.add(member(1));
    w.abort();
    expect(readdirSync(sub)).toEqual([]);
  });
});

describe('old one-line snapshot files', () => {
  it('still load, and load the same as re-saved in the line layout', () => {
    expect(readFileSync(OLD, 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
    const old = loadSnapshots(OLD);
    expect(old.map((s) => s.provider)).toEqual(['aws', 'azure']);
    expect(openSnapshotFile(OLD).members.map((m) => m.head.provider)).toEqual(['aws', 'azure']);
    const f = writeSet('resaved.json', old);
    expect(readFileSync(f, 'utf8').split('\n').length).toBeGreaterThan(100);
    expect(loadSnapshots(f)).toEqual(old);
  });
});

describe('a broken line-layout file', () => {
  const snaps = [member(0), member(1)];
  const good = readFileSync(writeSet('good.json', snaps), 'utf8');
  const withText = (name: string, text: string): string => {
    const f = join(dir, name);
    writeFileSync(f, text);
    return f;
  };

  it.each([0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 0.999])('cut at %s of its length is one line naming the file, never a crash', (cut) => {
    const f = withText(`cut-${cut}.json`, good.slice(0, Math.floor(good.length * cut)));
    const err = thrown(() => loadSnapshots(f));
    expect(err.message.startsWith(`${f}: `)).toBe(true);
    expect(err.message).not.toContain('\n');
    // The header pass of a scan finds it too, before anything is evaluated.
    expect(() => openSnapshotFile(f)).toThrow(f);
  });

  it('says where the file ends early', () => {
    const f = withText('truncated.json', good.slice(0, good.lastIndexOf('\n}},') + 1));
    expect(() => loadSnapshots(f)).toThrow(/line \d+: the file ends early, inside snapshot 1 \(truncated\?\)/);
    const g = withText('no-close.json', good.slice(0, good.lastIndexOf('\n]}') + 1));
    expect(() => loadSnapshots(g)).toThrow(/the file ends early, inside snapshot 2/);
  });

  it('names the line of a key that is not JSON, and the field of a value of the wrong shape', () => {
    const lines = good.split('\n');
    const key = lines.findIndex((l) => l.startsWith('"aws.s3.buckets":'));
    const bad = [...lines];
    bad[key] = '"aws.s3.buckets":{"global":{oops}},';
    expect(() => loadSnapshots(withText('bad-line.json', bad.join('\n')))).toThrow(new RegExp(`line ${key + 1}: not valid JSON`));
    const second = lines.findLastIndex((l) => l.startsWith('"aws.s3.buckets":'));
    const shape = [...lines];
    shape[second] = '"aws.s3.buckets":{"global":{"result":{"ok":"yes"},"collectedAt":"x","apis":[]}},';
    expect(() => loadSnapshots(withText('bad-shape.json', shape.join('\n')))).toThrow(
      /snapshots\.1\.inventory\.aws\.s3\.buckets\.global\.result/,
    );
  });

  it('refuses lines that would not make valid JSON', () => {
    const lines = good.split('\n');
    const key = lines.findIndex((l) => l.startsWith('"aws.s3.buckets":'));
    const noComma = [...lines];
    noComma[key] = noComma[key]!.replace(/,$/, '');
    expect(() => loadSnapshots(withText('no-comma.json', noComma.join('\n')))).toThrow(
      new RegExp(`line ${key + 1}: an inventory line lacks its trailing comma`),
    );
    const extra = [...lines, 'more'].join('\n');
    expect(() => loadSnapshots(withText('extra.json', extra))).toThrow(/text after the end of the document/);
  });

  it('names a bad header field and a repeated account with the member index', () => {
    const f0 = writeSet('bad-head.json', [member(0), { ...member(1), regions: [] }]);
    expect(() => openSnapshotFile(f0)).toThrow(/snapshots\.1\.regions/);
    expect(() => loadSnapshots(f0)).toThrow(/snapshots\.1\.regions/);
    const twice = readFileSync(writeSet('twice-src.json', [member(0), { ...member(1), account: member(0).account }]), 'utf8');
    const f = withText('twice.json', twice);
    expect(() => openSnapshotFile(f)).toThrow(/snapshots\.1\.account\.id: aws\/100000000000 appears twice/);
    expect(() => loadSnapshots(f)).toThrow(/snapshots\.1\.account\.id: aws\/100000000000 appears twice/);
  });
});
