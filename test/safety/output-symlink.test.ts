/**
 * An output named through a symbolic link to a device or a pipe, as `/dev/stdout` always is
 * (`/dev/stdout` → `/proc/self/fd/1`). Renaming a finished file over the link replaced the link
 * itself: as root, in a container, `--save-snapshot /dev/stdout` put a regular file where
 * /dev/stdout was. A link to a character device or into /proc is written through; one to a FIFO
 * is refused as a FIFO is; either way the link stays.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, lstatSync, openSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { fromRoot } from '../../src/paths.js';
import { openFileAtomic, writeFileAtomic } from '../../src/safe-fs.js';
import { tempDir } from '../support/cli.js';

describe('an output path that is a symbolic link to a device or FIFO', () => {
  it('writes through a link to a character device and leaves the link in place', () => {
    const dir = tempDir();
    const link = join(dir, 'stdout');
    symlinkSync('/dev/null', link);
    writeFileAtomic(link, 'small\n');
    const w = openFileAtomic(link);
    w.write('x'.repeat(3 << 20));
    w.commit();
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('/dev/null');
  });

  it('refuses a link to a FIFO, one line, and leaves the link in place', () => {
    const dir = tempDir();
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const link = join(dir, 'out');
    symlinkSync(fifo, link);
    expect(() => writeFileAtomic(link, 'x')).toThrow(InputError);
    expect(() => openFileAtomic(link)).toThrow(/FIFO/);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('writes through a link into /proc/self/fd (how /dev/stdout reaches a redirected file), leaving the link and what the file held', () => {
    const dir = tempDir();
    const redirected = join(dir, 'redirected.json');
    writeFileSync(redirected, 'old');
    const fd = openSync(redirected, 'r+');
    try {
      const link = join(dir, 'stdout');
      symlinkSync(`/proc/self/fd/${fd}`, link);
      const w = openFileAtomic(link);
      w.write('y'.repeat(3 << 20));
      w.commit();
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      // Appended, as to a `>>` redirect: reopening with `w` truncated the file.
      expect(readFileSync(redirected, 'utf8') === `old${'y'.repeat(3 << 20)}`).toBe(true);
      writeFileAtomic(link, 'z\n');
      expect(readFileSync(redirected, 'utf8').endsWith('yz\n')).toBe(true);
    } finally {
      closeSync(fd);
    }
  });

  it('writes to stdout through such a link when it is a pipe, leaving the link in place', () => {
    const dir = tempDir();
    // A link of our own, made as /dev/stdout is: were it replaced, the real /dev/stdout stays whole.
    const link = join(dir, 'stdout');
    symlinkSync('/proc/self/fd/1', link);
    const script = `import { openFileAtomic } from ${JSON.stringify(pathToFileURL(fromRoot('src', 'safe-fs.ts')).href)};
const w = openFileAtomic(${JSON.stringify(link)}); w.write('z'.repeat(3 << 20)); w.commit();`;
    writeFileSync(join(dir, 'w.ts'), script);
    // Through the shell: Node's own child pipes are sockets, which /proc/self/fd cannot reopen.
    const out = execFileSync('/bin/sh', ['-c', 'exec "$0" --import tsx "$1" | wc -c', process.execPath, join(dir, 'w.ts')], {
      cwd: fromRoot(),
      encoding: 'utf8',
    });
    expect(out.trim()).toBe(String(3 << 20));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
});
