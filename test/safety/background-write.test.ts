/**
 * The writer thread (`src/background-write.ts`) runs only from the built module, so these tests
 * import it from dist/ (the test command builds first).
 */

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

describe('background writes under stress', () => {
  /** A small seeded generator: a failing mix can be replayed. */
  const random = (seed: number) => () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  /** Text of `n` units that mixes 1- to 4-byte characters and lone surrogates, so slot ends fall inside characters. */
  const text = (next: () => number, n: number): string => {
    const parts = ['a', 'é', '€', '\u{1F600}', '\ud800', '\udc00', '\n'];
    let s = '';
    while (s.length < n) s += parts[Math.floor(next() * parts.length)]!;
    return s;
  };

  it('keep many interleaved files (hashed and not) whole and in order, with random sizes, reused buffers and empty writes', async () => {
    const { BackgroundFile, SLOT } = await built();
    const dir = tempDir();
    const next = random(27001);
    const files = Array.from({ length: 12 }, (_, i) => {
      const path = join(dir, `f${i}`);
      return { path, hashed: i % 2 === 0, bg: new BackgroundFile(openSync(path, 'wx'), i % 2 === 0), parts: [] as Buffer[] };
    });
    const reused = Buffer.alloc(3 * SLOT + 17);
    for (let round = 0; round < 600; round++) {
      const f = files[Math.floor(next() * files.length)]!;
      const size = [0, 1, 3, SLOT - 1, SLOT, SLOT + 1, Math.floor(next() * 3 * SLOT)][Math.floor(next() * 7)]!;
      if (next() < 0.5) {
        const s = text(next, size);
        f.bg.write(s);
        f.parts.push(Buffer.from(s));
      } else {
        const piece = reused.subarray(0, size);
        for (let i = 0; i < piece.length; i++) piece[i] = Math.floor(next() * 256);
        f.bg.write(piece);
        f.parts.push(Buffer.from(piece));
        // Reused at once: what was handed over must already be a copy.
        reused.fill(0x5a);
      }
      // Some files end early and a new one (often under the same descriptor number) takes their place.
      if (next() < 0.02) {
        const expected = Buffer.concat(f.parts);
        const digest = f.bg.close();
        expect(readFileSync(f.path).equals(expected)).toBe(true);
        if (f.hashed) expect(digest).toEqual({ sha256: createHash('sha256').update(expected).digest('hex'), bytes: expected.length });
        f.path = `${f.path}+`;
        f.bg = new BackgroundFile(openSync(f.path, 'wx'), f.hashed);
        f.parts = [];
      }
    }
    for (const f of files) {
      const expected = Buffer.concat(f.parts);
      const digest = f.bg.close();
      expect(readFileSync(f.path).equals(expected), f.path).toBe(true);
      if (f.hashed) expect(digest).toEqual({ sha256: createHash('sha256').update(expected).digest('hex'), bytes: expected.length });
      else expect(digest).toBeUndefined();
    }
  }, 60_000);
});

describe('background writes as the process ends', () => {
  it('neither hang the exit nor lose a closed file’s data, whether the writer is busy or idle', async () => {
    const dir = tempDir();
    const module = pathToFileURL(fromRoot('dist', 'src', 'background-write.js')).href;
    const script = join(dir, 'end.mjs');
    // `busy`: another file still has 32 MiB in flight when the process exits; `idle`: the writer sleeps; `natural`: no exit call.
    writeFileSync(
      script,
      `import { openSync } from 'node:fs';
import { BackgroundFile } from ${JSON.stringify(module)};
const [mode, file, other] = process.argv.slice(2);
const done = new BackgroundFile(openSync(file, 'wx'), true);
for (let i = 0; i < 64; i++) done.write(Buffer.alloc(1 << 20, 97 + (i % 26)));
console.log(done.close().sha256);
if (mode === 'busy') {
  const pending = new BackgroundFile(openSync(other, 'wx'));
  for (let i = 0; i < 32; i++) pending.write(Buffer.alloc(1 << 20, 120));
}
if (mode !== 'natural') process.exit(0);
`,
    );
    for (const mode of ['busy', 'idle', 'natural']) {
      const file = join(dir, `${mode}.out`);
      const started = Date.now();
      const r = spawnSync(process.execPath, [script, mode, file, join(dir, `${mode}.other`)], { encoding: 'utf8', timeout: 30_000 });
      expect({ status: r.status, stderr: r.stderr }, mode).toEqual({ status: 0, stderr: '' });
      expect(Date.now() - started, mode).toBeLessThan(20_000);
      const bytes = readFileSync(file);
      expect(bytes.length, mode).toBe(64 << 20);
      expect(r.stdout.trim(), mode).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  }, 60_000);
});

describe('a background file thrown away after its close failed', () => {
  it('keeps the write error, not an EBADF of closing the descriptor twice (a spool discarded after a full TMPDIR)', () => {
    const dir = tempDir();
    const spool = pathToFileURL(fromRoot('dist', 'src', 'engine', 'spool.js')).href;
    const script = join(dir, 'spool.mjs');
    // 1 MiB of file size allowed (`ulimit -f`): the spool's last pieces fail with EFBIG in the
    // writer thread, heard of when `done` closes the file; `discard` then follows, as in a merge.
    writeFileSync(
      script,
      `import { ItemSpool } from ${JSON.stringify(spool)};
const s = new ItemSpool(0);
try {
  try {
    for (let i = 0; i < 5000; i++)
      s.add({ checkId: 'aws.x.y', status: 'pass', resource: { provider: 'aws', id: 'r'.repeat(200) + i } });
    s.done();
  } finally {
    s.discard();
  }
} catch (e) {
  console.log(e.message);
}
`,
    );
    const r = spawnSync('sh', ['-c', `ulimit -f 1024 && exec "${process.execPath}" "${script}"`], {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: dir },
      timeout: 30_000,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/cannot write: EFBIG/);
  }, 60_000);
});
