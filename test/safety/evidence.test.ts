import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'tar';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../src/evidence/verify.js';
import { fromRoot } from '../../src/paths.js';
import { cli, tempDir } from '../support/cli.js';

const DEMO = fromRoot('demo', 'demo-snapshot.json');
const scan = (cwd: string, evidence: string) =>
  cli(['scan', '--snapshot', DEMO, '--fail-on', 'none', '--allow-incomplete', '--evidence', evidence], { cwd });

describe('evidence bundles never destroy or half-write', () => {
  it('refuses a directory holding files the bundle did not write, and keeps them', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'notes'));
    writeFileSync(join(cwd, 'notes', 'manifest.json'), '{"name":"my web app"}');
    const other = await scan(cwd, 'notes');
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/^annexa: --evidence: .*manifest\.json that is not an annexa bundle manifest/);
    expect(readdirSync(join(cwd, 'notes'))).toEqual(['manifest.json']);

    expect((await scan(cwd, 'bundle')).code).toBe(0);
    writeFileSync(join(cwd, 'bundle', 'auditor-notes.txt'), 'keep me');
    const again = await scan(cwd, 'bundle');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/holds auditor-notes\.txt, which the bundle did not write/);
  }, 60_000);

  it('replaces an earlier bundle of its own whole, leaving nothing beside it', async () => {
    const cwd = tempDir();
    expect((await scan(cwd, 'bundle')).code).toBe(0);
    expect((await scan(cwd, 'bundle')).code).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual(['annexa-out', 'bundle']);
    expect(verifyBundle(join(cwd, 'bundle')).ok).toBe(true);
  }, 60_000);
});

describe('evidence verify refuses what it cannot read safely', () => {
  it('refuses FIFOs, sockets and symlinks, including a symlinked manifest or signature, without blocking', async () => {
    const cwd = tempDir();
    expect((await scan(cwd, 'bundle')).code).toBe(0);
    const fifo = join(cwd, 'pipe');
    execFileSync('mkfifo', [fifo]);
    expect(() => verifyBundle(fifo)).toThrowError(/is a FIFO, not a bundle directory/);

    const b = join(cwd, 'bundle');
    renameSync(join(b, 'manifest.json'), join(cwd, 'real-manifest.json'));
    symlinkSync(join(cwd, 'real-manifest.json'), join(b, 'manifest.json'));
    expect(() => verifyBundle(b)).toThrowError(/manifest\.json is a symbolic link, not a regular file/);
    renameSync(join(cwd, 'real-manifest.json'), join(b, 'manifest.json'));

    execFileSync('mkfifo', [join(b, 'manifest.sig')]);
    expect(verifyBundle(b).problems).toEqual(['manifest.sig: is a FIFO, not a regular file']);
  }, 60_000);

  it('refuses duplicate tarball entries and stops at the expansion limit', async () => {
    const cwd = tempDir();
    expect((await scan(cwd, 'bundle')).code).toBe(0);
    // A gzip bomb: 64 MiB of zeros in one entry, verified under a small limit.
    const { unpackBundle } = await import('../../src/evidence/tarball.js');
    writeFileSync(join(cwd, 'zeros'), Buffer.alloc(64 * 1024 * 1024));
    create({ file: join(cwd, 'bomb.tar.gz'), cwd, gzip: true, sync: true }, ['zeros']);
    const into = join(cwd, 'x');
    mkdirSync(into);
    expect(() => unpackBundle(join(cwd, 'bomb.tar.gz'), into, { maxBytes: 1024 * 1024, maxEntries: 10 })).toThrowError(/expands past/);

    // Two entries with one path in one archive.
    const dupDir = join(cwd, 'd');
    mkdirSync(join(dupDir, 'bundle'), { recursive: true });
    writeFileSync(join(dupDir, 'bundle', 'a.txt'), 'one');
    create({ file: join(cwd, 'd1.tar'), cwd: dupDir, sync: true }, ['bundle/a.txt', 'bundle/a.txt']);
    const into2 = join(cwd, 'y');
    mkdirSync(into2);
    expect(unpackBundle(join(cwd, 'd1.tar'), into2)).toContain('bundle/a.txt: appears twice in the tarball');
  }, 60_000);
});
