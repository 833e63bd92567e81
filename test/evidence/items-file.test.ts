import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ItemSpool } from '../../src/engine/spool.js';
import { hashFile } from '../../src/evidence/hashed-file.js';
import { writeItemsFile } from '../../src/evidence/items-file.js';
import { verifyBundle } from '../../src/evidence/verify.js';
import type { EvidenceItem } from '../../src/model/evidence.js';
import { type Items, type ItemsFile, itemsOf, mapItems } from '../../src/model/items.js';
import { fromRoot } from '../../src/paths.js';
import { cli, tempDir } from '../support/cli.js';
import { evidenceItem } from '../support/evidence.js';

// Multi-byte text, and enough of it to cross the spool's 1 MiB batches several times.
const item = (n: number): EvidenceItem =>
  evidenceItem({ id: n.toString(16).padStart(32, '0'), message: `résumé ✓ 日本 ${n} ${'€'.repeat(n % 500)}` });
const ITEMS = Array.from({ length: 4000 }, (_, n) => item(n));
const TEXT = Buffer.from(ITEMS.map((i) => `${JSON.stringify(i)}\n`).join(''));

function spooled(): { spool: ItemSpool; items: ReturnType<ItemSpool['done']> } {
  const spool = new ItemSpool(0);
  for (const i of ITEMS) spool.add(i);
  return { spool, items: spool.done() };
}

/** The spool's file, which a finished spilled spool always names. */
function fileOf(items: Items): ItemsFile {
  const f = items.file?.();
  if (!f) throw new Error('the spool names no file');
  return f;
}

const failingLink = (code: string) => (): never => {
  throw Object.assign(new Error(`${code}: link refused`), { code });
};

describe('a finished spool', () => {
  it('names its file with the SHA-256 and size of exactly the bytes it wrote', () => {
    const { spool, items } = spooled();
    const file = fileOf(items);
    expect(readFileSync(file.path).equals(TEXT)).toBe(true);
    expect({ sha256: file.sha256, bytes: file.bytes }).toEqual(hashFile(file.path));
    expect(file.bytes).toBe(TEXT.length);
    expect(TEXT.length).toBeGreaterThan(3 << 20);
    spool.discard();
  });

  it('takes no item once done, so a linked file is never written again', () => {
    const { spool } = spooled();
    expect(() => spool.add(item(1))).toThrow(/finished spool/);
    const small = new ItemSpool(10);
    small.done();
    expect(() => small.add(item(1))).toThrow(/finished spool/);
    spool.discard();
  });

  it('names no file for items held in memory, nor through mapItems (its lines may differ)', () => {
    const mem = new ItemSpool(10);
    mem.add(item(1));
    expect(mem.done().file).toBeUndefined();
    const { spool, items } = spooled();
    expect(mapItems(items, (i) => i).file).toBeUndefined();
    expect(mapItems(items, (i) => i, { keepsIndex: true }).file).toBeUndefined();
    spool.discard();
  });
});

describe('writeItemsFile', () => {
  it('hard-links a finished spool, with the mode asked for, and outlives the spool', () => {
    const { spool, items } = spooled();
    const src = fileOf(items);
    expect(statSync(src.path).mode & 0o777).toBe(0o600);
    const to = join(tempDir(), 'items.jsonl');
    const out = writeItemsFile(to, items, 0o640);
    expect(out).toEqual({ sha256: src.sha256, bytes: src.bytes, linked: true });
    const st = statSync(to);
    expect(st.ino).toBe(statSync(src.path).ino);
    expect(st.nlink).toBe(2);
    expect(st.mode & 0o777).toBe(0o640);
    // The scratch directory goes (as at exit): only the spool's name is removed.
    spool.discard();
    expect(() => statSync(src.path)).toThrow();
    expect(statSync(to).nlink).toBe(1);
    expect(readFileSync(to).equals(TEXT)).toBe(true);
    expect(hashFile(to)).toEqual({ sha256: src.sha256, bytes: src.bytes });
  });

  it.each(['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP'])('copies the spool when linking fails with %s', (code) => {
    const { spool, items } = spooled();
    const src = fileOf(items);
    const to = join(tempDir(), 'items.jsonl');
    const out = writeItemsFile(to, items, 0o640, failingLink(code));
    expect(out).toEqual({ sha256: src.sha256, bytes: src.bytes, linked: false });
    expect(statSync(to).ino).not.toBe(statSync(src.path).ino);
    expect(statSync(src.path).nlink).toBe(1);
    expect(readFileSync(to).equals(TEXT)).toBe(true);
    spool.discard();
    expect(hashFile(to)).toEqual({ sha256: src.sha256, bytes: src.bytes });
  });

  it('writes items without a file line by line, and mapped items as mapped', () => {
    const mem = join(tempDir(), 'items.jsonl');
    expect(writeItemsFile(mem, itemsOf([...ITEMS]), 0o640)).toEqual({ ...hashFile(mem), linked: false });
    expect(readFileSync(mem).equals(TEXT)).toBe(true);
    const { spool, items } = spooled();
    const mapped = join(tempDir(), 'items.jsonl');
    const out = writeItemsFile(
      mapped,
      mapItems(items, (i) => ({ ...i, message: 'waived' })),
      0o640,
    );
    expect(out.linked).toBe(false);
    expect(readFileSync(mapped, 'utf8')).toBe(ITEMS.map((i) => `${JSON.stringify({ ...i, message: 'waived' })}\n`).join(''));
    expect(readFileSync(fileOf(items).path).equals(TEXT)).toBe(true);
    spool.discard();
  });
});

describe('a bundle of a spooled scan', () => {
  it('links items.jsonl with the mode of its other files, verifies, packs, and survives the spool', async () => {
    const run = await cli(
      ['scan', '--snapshot', fromRoot('demo', 'demo-snapshot.json'), '--fail-on', 'none', '--allow-incomplete', '-q'].concat([
        '--evidence',
        'bundle',
        '--evidence-tar',
      ]),
      { env: { CI: 'true', ANNEXA_ITEMS_IN_MEMORY: '10' } },
    );
    expect(run.code, run.stderr).toBe(0);
    const bundle = join(run.cwd, 'bundle');
    const items = statSync(join(bundle, 'items.jsonl'));
    // The other name is the spool's, alive until this process ends.
    expect(items.nlink).toBe(2);
    expect(items.mode & 0o7777).toBe(statSync(join(bundle, 'run.json')).mode & 0o7777);
    expect(items.mode & 0o7777).toBe(statSync(join(bundle, 'manifest.json')).mode & 0o7777);
    expect(verifyBundle(bundle)).toMatchObject({ ok: true, problems: [] });
    expect(verifyBundle(`${bundle}.tar.gz`)).toMatchObject({ ok: true, problems: [] });
    // Remove the spool's scratch directory as the exit handler does.
    const spoolDir = readdirSync(tmpdir())
      .filter((d) => d.startsWith(`annexa-items-${process.pid}-`))
      .map((d) => join(tmpdir(), d))
      .find((d) => statSync(join(d, 'items.jsonl'), { throwIfNoEntry: false })?.ino === items.ino);
    expect(spoolDir).toBeDefined();
    rmSync(spoolDir!, { recursive: true, force: true });
    expect(statSync(join(bundle, 'items.jsonl')).nlink).toBe(1);
    expect(verifyBundle(bundle)).toMatchObject({ ok: true, problems: [] });
  }, 120_000);
});
