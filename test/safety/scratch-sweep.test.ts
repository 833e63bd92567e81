/**
 * Scratch directories of runs killed outright (SIGKILL, the OOM killer) are swept by a later run;
 * nothing else is: not a live run's, not another kind's, and not a directory of the same name shape
 * that annexa did not make (ground rule 7: never delete what we did not write).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { tempDir } from '../support/cli.js';

let tmp: string;
let savedTmp: string | undefined;
// A private TMPDIR (os.tmpdir() reads it at each call): the sweep then sees only this test's directories.
beforeEach(() => {
  savedTmp = process.env.TMPDIR;
  tmp = join(tempDir(), 'tmp');
  mkdirSync(tmp);
  process.env.TMPDIR = tmp;
});
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

function dir(name: string): string {
  const d = join(tmp, name);
  mkdirSync(join(d, 'inside'), { recursive: true });
  writeFileSync(join(d, 'inside', 'notes.txt'), 'a user’s work');
  return d;
}

/** A real run's scratch directory, left behind because the run was killed with SIGKILL; and its pid. */
async function killedRunsDir(): Promise<{ path: string; pid: number }> {
  const script = `const { scratchDir } = await import(${JSON.stringify(fromRoot('src', 'cleanup.ts'))});
    process.stdout.write(scratchDir('items') + '\\n'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, TMPDIR: tmp },
  });
  const path = await new Promise<string>((res) => child.stdout.once('data', (d: Buffer) => res(d.toString().trim())));
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  return { path, pid: child.pid! };
}

describe('scratchDir', () => {
  it('removes a killed run’s items directory, and keeps a live run’s and names that are not ours', async () => {
    const killed = await killedRunsDir();
    expect(existsSync(killed.path)).toBe(true);
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const liveDir = dir(`annexa-items-${running.pid}-Xy34Zw`);
    cpSync(join(killed.path, '.annexa-scratch'), join(liveDir, '.annexa-scratch'));
    const otherKind = dir(`annexa-notes-${killed.pid}-Ab12Cd`);
    const notOurs = dir(`annexa-items-${killed.pid}-kept.by-hand`);
    vi.resetModules();
    const { scratchDir } = await import('../../src/cleanup.js');
    const mine = scratchDir('items');
    expect(mine).toContain(`annexa-items-${process.pid}-`);
    expect(existsSync(killed.path)).toBe(false);
    expect(existsSync(liveDir)).toBe(true);
    expect(existsSync(otherKind)).toBe(true);
    expect(existsSync(notOurs)).toBe(true);
    running.kill();
  }, 30_000);

  it('keeps a look-alike directory of a dead pid that annexa did not make (no marker, a copied marker, a link)', async () => {
    // A pid that certainly ended: a child that has exited.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const killed = await killedRunsDir();
    const marker = readFileSync(join(killed.path, '.annexa-scratch'), 'utf8');
    expect(marker).toContain(killed.path.slice(tmp.length + 1));
    const noMarker = dir(`annexa-items-${dead}-Ab12Cd`);
    // A marker copied from another directory names that directory, so it does not vouch for this one.
    const copied = dir(`annexa-items-${dead}-Cd34Ef`);
    writeFileSync(join(copied, '.annexa-scratch'), marker);
    // A link of our name shape to a user's directory that holds a marker of that very name.
    const target = tempDir();
    writeFileSync(join(target, 'keep.txt'), 'keep');
    const linkName = `annexa-items-${dead}-Gh56Ij`;
    writeFileSync(join(target, '.annexa-scratch'), marker.replace(killed.path.slice(tmp.length + 1), linkName));
    symlinkSync(target, join(tmp, linkName));
    vi.resetModules();
    const { scratchDir } = await import('../../src/cleanup.js');
    scratchDir('items');
    expect(existsSync(killed.path)).toBe(false);
    expect(existsSync(join(noMarker, 'inside', 'notes.txt'))).toBe(true);
    expect(existsSync(join(copied, 'inside', 'notes.txt'))).toBe(true);
    expect(existsSync(join(tmp, linkName))).toBe(true);
    expect(readdirSync(target).sort()).toEqual(['.annexa-scratch', 'keep.txt']);
  }, 30_000);

  it('keeps a dead-looking pid’s directory whose marker was written in another pid namespace or host (a container sharing TMPDIR)', async () => {
    const killed = await killedRunsDir();
    const marker = join(killed.path, '.annexa-scratch');
    const text = readFileSync(marker, 'utf8');
    const here = `${hostname()}, ${existsSync('/proc/self/ns/pid') ? readlinkSync('/proc/self/ns/pid') : 'no pid namespace'}`;
    expect(text.split('\n')[0]).toContain(`(${here})`);
    // The same name, written where that pid number means another process.
    writeFileSync(marker, text.replace(here, 'elsewhere, pid:[1]'));
    vi.resetModules();
    const { scratchDir } = await import('../../src/cleanup.js');
    scratchDir('items');
    expect(existsSync(killed.path)).toBe(true);
  }, 30_000);

  it('a TMPDIR that cannot hold a directory is an input error naming it on one line, not an internal error', async () => {
    vi.resetModules();
    const { scratchDir } = await import('../../src/cleanup.js');
    const { InputError } = await import('../../src/errors.js');
    for (const bad of [join(tmp, 'missing\n::error::x'), join(tmp, 'file')]) {
      writeFileSync(join(tmp, 'file'), '');
      process.env.TMPDIR = bad;
      let thrown: unknown;
      try {
        scratchDir('items');
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(InputError);
      expect((thrown as Error).message).toMatch(/\(scratch space under TMPDIR\): cannot write: /);
      expect((thrown as Error).message).not.toContain('\n');
    }
  });
});
