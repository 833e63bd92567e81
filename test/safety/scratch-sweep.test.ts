/** Scratch directories of runs killed outright (SIGKILL, the OOM killer) are swept by a later run; nothing else is. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function dir(name: string): string {
  const d = join(tmpdir(), name);
  mkdirSync(join(d, 'inside'), { recursive: true });
  made.push(d);
  return d;
}

describe('scratchDir', () => {
  it('removes a dead run’s items directory, and keeps a live run’s and names that are not ours', async () => {
    // A pid that certainly ended: a child that has exited.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const deadDir = dir(`annexa-items-${dead}-Ab12Cd`);
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const liveDir = dir(`annexa-items-${running.pid}-Xy34Zw`);
    const otherKind = dir(`annexa-notes-${dead}-Ab12Cd`);
    const notOurs = dir(`annexa-items-${dead}-kept.by-hand`);
    vi.resetModules();
    const { scratchDir } = await import('../../src/cleanup.js');
    const mine = scratchDir('items');
    made.push(mine);
    expect(mine).toContain(`annexa-items-${process.pid}-`);
    expect(existsSync(deadDir)).toBe(false);
    expect(existsSync(liveDir)).toBe(true);
    expect(existsSync(otherKind)).toBe(true);
    expect(existsSync(notOurs)).toBe(true);
    running.kill();
  });
});
