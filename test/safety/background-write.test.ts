/**
 * The writer thread (`src/background-write.ts`) runs only from the built module, so these tests
 * import it from dist/ (the test command builds first).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { tempDir } from '../support/cli.js';

type Module = typeof import('../../src/background-write.js');
const built = async (): Promise<Module> => (await import(pathToFileURL(fromRoot('dist', 'src', 'background-write.js')).href)) as Module;

describe('background writes', () => {
  it('write strings and reused buffers in order, and are all on file once drained', async () => {
    const { BackgroundFile } = await built();
    const file = join(tempDir(), 'out.txt');
    const bg = new BackgroundFile(openSync(file, 'wx'));
    const reused = Buffer.alloc(3 << 20);
    let expected = '';
    for (let i = 0; i < 40; i++) {
      const text = `${String(i).padStart(4, '0')}:${'é'.repeat(1 << 18)}\n`;
      if (i % 2) {
        // The caller reuses its buffer at once: the writer must have taken a copy.
        const n = reused.write(text);
        bg.write(reused.subarray(0, n));
        reused.fill(0x78);
      } else bg.write(text);
      expected += text;
    }
    bg.close();
    expect(statSync(file).size).toBe(Buffer.byteLength(expected));
    expect(readFileSync(file, 'utf8') === expected).toBe(true);
  });

  it('split no character between ring slots, and write text longer than the whole ring', async () => {
    const { BackgroundFile, SLOT, SLOTS } = await built();
    const file = join(tempDir(), 'astral.txt');
    const bg = new BackgroundFile(openSync(file, 'wx'), true);
    // 'a' then 4-byte characters: a slot boundary falls inside one, which must move whole to the next slot.
    const text = `a${'\u{1F600}'.repeat((SLOT * SLOTS) / 4 + 10)}\ud800z`;
    bg.write(text);
    const digest = bg.close();
    const expected = Buffer.from(text);
    expect(statSync(file).size).toBe(expected.length);
    expect(readFileSync(file).equals(expected)).toBe(true);
    expect(digest).toEqual({ sha256: createHash('sha256').update(expected).digest('hex'), bytes: expected.length });
  });

  it('hash what a hashed file writes, in the writer thread, each file on its own', async () => {
    const { BackgroundFile } = await built();
    const dir = tempDir();
    const a = new BackgroundFile(openSync(join(dir, 'a'), 'wx'), true);
    const b = new BackgroundFile(openSync(join(dir, 'b'), 'wx'), true);
    const plain = new BackgroundFile(openSync(join(dir, 'plain'), 'wx'));
    const reused = Buffer.alloc(1 << 20);
    for (let i = 0; i < 12; i++) {
      const text = `${i}:${'€x'.repeat(1 << 16)}\n`;
      if (i % 3 === 0) a.write(reused.subarray(0, reused.write(text)));
      else a.write(text);
      b.write(`b${i}\n`);
      plain.write(text);
    }
    const sha = (f: string) =>
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex');
    expect(plain.close()).toBeUndefined();
    expect(b.close()).toEqual({ sha256: sha('b'), bytes: statSync(join(dir, 'b')).size });
    expect(a.close()).toEqual({ sha256: sha('a'), bytes: statSync(join(dir, 'a')).size });
    // A descriptor number reused after a hashed file failed starts a fresh hash.
    const full = new BackgroundFile(openSync('/dev/full', 'w'), true);
    full.write('x'.repeat(1 << 20));
    expect(() => full.close()).toThrow(/ENOSPC|no space/i);
    const again = new BackgroundFile(openSync(join(dir, 'again'), 'wx'), true);
    again.write('fresh\n');
    expect(again.close()).toEqual({ sha256: sha('again'), bytes: 6 });
  });

  it('report a failed write (a full disk) at the next write or drain, with its code', async () => {
    const { BackgroundFile } = await built();
    const fd = openSync('/dev/full', 'w');
    const bg = new BackgroundFile(fd);
    let err: unknown;
    try {
      for (let i = 0; i < 4; i++) bg.write(Buffer.alloc(1 << 20, 0x61));
      bg.drain();
    } catch (e) {
      err = e;
    } finally {
      closeSync(fd);
    }
    expect((err as NodeJS.ErrnoException | undefined)?.code).toBe('ENOSPC');
  });

  it('leave none of a failed file in flight when a write throws, so the caller may close it at once', async () => {
    const { BackgroundFile } = await built();
    const fd = openSync('/dev/full', 'w');
    const full = new BackgroundFile(fd);
    let thrown: unknown;
    try {
      // Each megabyte goes over in pieces; the failure surfaces while later pieces are queued.
      for (let i = 0; i < 200; i++) full.write(Buffer.alloc(1 << 20, 0x61));
    } catch (e) {
      thrown = e;
    }
    closeSync(fd);
    expect((thrown as NodeJS.ErrnoException | undefined)?.code).toBe('ENOSPC');
    const file = join(tempDir(), 'next.txt');
    const next = new BackgroundFile(openSync(file, 'wx'));
    next.write('next\n');
    expect(() => next.close()).not.toThrow();
    expect(readFileSync(file, 'utf8')).toBe('next\n');
  });

  it('keep one file’s failure to that file', async () => {
    const { BackgroundFile } = await built();
    const full = new BackgroundFile(openSync('/dev/full', 'w'));
    const file = join(tempDir(), 'fine.txt');
    const fine = new BackgroundFile(openSync(file, 'wx'));
    full.write('x'.repeat(1 << 20));
    fine.write('ok\n');
    fine.close();
    expect(readFileSync(file, 'utf8')).toBe('ok\n');
    expect(() => full.close()).toThrow(/ENOSPC|no space/i);
  });
});

describe('background writes after a failed file', () => {
  it('leave no late failure behind for a file that reuses the descriptor', async () => {
    const { BackgroundFile } = await built();
    const dir = tempDir();
    // Chunks queued on a full disk: the first failure is thrown while later ones may still be
    // pending. Repeated, since when the writer answers is up to the scheduler.
    for (let round = 0; round < 20; round++) {
      const fd = openSync('/dev/full', 'w');
      const full = new BackgroundFile(fd);
      expect(() => {
        for (let i = 0; i < 64; i++) full.write(i % 2 ? Buffer.alloc(1 << 20, 0x61) : 'a'.repeat(1 << 20));
        full.drain();
      }).toThrow(/ENOSPC|no space/i);
      expect(() => full.close()).toThrow(/ENOSPC|no space/i);
      // The next file gets the same descriptor number (as the rescue snapshot after a failed output would).
      const file = join(dir, `next-${round}.txt`);
      const next = new BackgroundFile(openSync(file, 'wx'));
      expect(next.fd).toBe(fd);
      next.write('x'.repeat(1 << 20));
      next.close();
      expect(statSync(file).size).toBe(1 << 20);
    }
  });
});
