import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSnapshot, saveSnapshot } from '../../src/inventory/snapshot-file.js';
import { S3_BUCKETS } from '../../src/providers/aws/inventory/s3.js';
import { denied, snapshot } from '../support/snapshot.js';

const dir = mkdtempSync(join(tmpdir(), 'annexa-snap-'));

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
    ['a bad entry', JSON.stringify({ ...snapshot().build(), inventory: { k: { global: { result: { ok: 'yes' } } } } }), /inventory\.k\.global\./],
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
