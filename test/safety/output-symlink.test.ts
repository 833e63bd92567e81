/**
 * An output named through a symbolic link to a device or a pipe, as `/dev/stdout` always is
 * (`/dev/stdout` → `/proc/self/fd/1`). Renaming a finished file over the link replaced the link
 * itself: as root, in a container, `--save-snapshot /dev/stdout` put a regular file where
 * /dev/stdout was. A link to a character device is written through; one to a FIFO is refused
 * as a FIFO is; either way the link stays.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, readlinkSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
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
});
