import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSnapshot, loadSnapshots, saveSnapshot, saveSnapshots } from '../../src/inventory/snapshot-file.js';
import { S3_BUCKETS } from '../../src/providers/aws/services/s3/state.js';
import { tempDir } from '../support/cli.js';
import { denied, snapshot } from '../support/snapshot.js';

const dir = tempDir('annexa-snap-');

describe('snapshot files', () => {
  it('round-trip exactly', () => {
    const s = snapshot(['eu-west-1']).global(S3_BUCKETS, denied('s3:ListBuckets')).build();
    const f = join(dir, 'nested', 'snap.json');
    saveSnapshot(f, s);
    expect(loadSnapshot(f)).toEqual(s);
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['another tool’s JSON', '{"hello": 1}', /schema: .*is this an annexa snapshot/],
    [
      'a bad entry',
      JSON.stringify({ ...snapshot().build(), inventory: { k: { global: { result: { ok: 'yes' } } } } }),
      /inventory\.k\.global\./,
    ],
    ['no regions', JSON.stringify({ ...snapshot().build(), regions: [] }), /regions: /],
  ])('rejects %s with the file and field named', (_n, content, pattern) => {
    const f = join(dir, `bad-${Math.random()}.json`);
    writeFileSync(f, content);
    expect(() => loadSnapshot(f)).toThrow(pattern);
    expect(() => loadSnapshot(f)).toThrow(f);
  });

  it('says when the file is missing', () => {
    expect(() => loadSnapshot(join(dir, 'nope.json'))).toThrow(/snapshot file not found/);
  });
});

describe('snapshot sets', () => {
  const a = snapshot(['eu-west-1']).build();
  const b = { ...snapshot(['us-east-1']).build(), account: { id: '999988887777', partition: 'aws' } };

  it('save several accounts as a set and load them back in order', () => {
    const f = join(dir, 'set.json');
    saveSnapshots(f, [a, b]);
    expect(JSON.parse(readFileSync(f, 'utf8')).schema).toBe('annexa.snapshots/v1');
    expect(loadSnapshots(f)).toEqual([a, b]);
    expect(() => loadSnapshot(f)).toThrow(/holds 2 snapshots/);
  });

  it('keep the plain format for one account', () => {
    const f = join(dir, 'one.json');
    saveSnapshots(f, [a]);
    expect(JSON.parse(readFileSync(f, 'utf8')).schema).toBe('annexa.snapshot/v1');
    expect(loadSnapshots(f)).toEqual([a]);
  });

  it('name the member and field that is wrong', () => {
    const f = join(dir, 'bad-set.json');
    writeFileSync(f, JSON.stringify({ schema: 'annexa.snapshots/v1', snapshots: [a, { ...b, regions: [] }] }));
    expect(() => loadSnapshots(f)).toThrow(/snapshots\.1\.regions/);
    writeFileSync(f, JSON.stringify({ schema: 'annexa.snapshots/v1', snapshots: [a, a] }));
    expect(() => loadSnapshots(f)).toThrow(/snapshots\.1\.account\.id: aws\/111122223333 appears twice/);
  });
});
