import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { create } from 'tar';
import { describe, expect, it } from 'vitest';
import { packBundle, unpackBundle } from '../../src/evidence/tarball.js';
import { tempDir } from '../support/cli.js';

describe('packBundle', () => {
  it('writes the archive tar itself writes in portable mode, long paths too, and it unpacks whole', () => {
    const cwd = tempDir();
    // A name past ustar's 100 characters needs a PAX header; a 3 MiB file spans several gzip members.
    const name = `bundle-${'x'.repeat(110)}`;
    const dir = join(cwd, name);
    mkdirSync(join(dir, 'excerpts'), { recursive: true });
    const big = randomBytes(3 << 20).toString('base64');
    writeFileSync(join(dir, 'items.jsonl'), big);
    writeFileSync(join(dir, 'excerpts', 'a.jsonl'), '{"a":1}\n');
    writeFileSync(join(dir, 'manifest.json'), '{}\n');
    const files = ['excerpts/a.jsonl', 'items.jsonl', 'manifest.json'];
    const mtime = new Date('2026-11-01T12:00:00.000Z');
    packBundle(dir, join(cwd, 'ours.tar.gz'), files, mtime);
    create({ file: join(cwd, 'tar.tar.gz'), cwd, gzip: true, portable: true, mtime, sync: true, noDirRecurse: true }, [
      name,
      ...files.map((f) => `${name}/${f}`),
    ]);
    const ours = gunzipSync(readFileSync(join(cwd, 'ours.tar.gz')));
    expect(ours.equals(gunzipSync(readFileSync(join(cwd, 'tar.tar.gz'))))).toBe(true);

    const into = join(cwd, 'out');
    mkdirSync(into);
    expect(unpackBundle(join(cwd, 'ours.tar.gz'), into)).toEqual([]);
    expect(readFileSync(join(into, name, 'items.jsonl'), 'utf8')).toBe(big);
    expect(readFileSync(join(into, name, 'excerpts', 'a.jsonl'), 'utf8')).toBe('{"a":1}\n');
  });
});
