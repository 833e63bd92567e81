/**
 * The signal handlers of `cleanup.ts` are the process's, not ours: a library caller or a test
 * runner that scanned once must get its own (or the default) Ctrl-C back, and a second signal of
 * any kind while workers stop ends the process at once, under the first one's status, still
 * removing the temporary paths and saying nothing more.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { handleSignals, onSignal, release, removeOnExit } from '../../src/cleanup.js';
import { fromRoot } from '../../src/paths.js';
import { tempDir } from '../support/cli.js';

const SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM'] as const;
const counts = (): number[] => SIGNALS.map((s) => process.listenerCount(s));

/** Run a script that prints "ready" once its handlers are installed; resolves then, with its exit and stderr so far. */
async function started(script: string): Promise<{
  child: ChildProcess;
  end: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
}> {
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const end = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
  return { child, end, stderr: () => err };
}

describe('signal handlers', () => {
  it('are installed only while a scan, a temporary path or a stopper needs them', () => {
    const before = counts();
    const done = handleSignals();
    expect(counts()).toEqual(before.map((n) => n + 1));
    const path = join(tempDir(), 'pending');
    removeOnExit(path);
    const forget = onSignal(async () => undefined);
    done();
    release(path);
    // Still one stopper: a signal must still stop it first.
    expect(counts()).toEqual(before.map((n) => n + 1));
    forget();
    expect(counts()).toEqual(before);
    removeOnExit(path);
    expect(counts()).toEqual(before.map((n) => n + 1));
    release(path);
    expect(counts()).toEqual(before);
  });

  it("end at once on a second signal of another kind, under the first one's status: one line, no second announcement", async () => {
    const dir = tempDir();
    const script = join(dir, 'stopping.mjs');
    const cleanup = pathToFileURL(fromRoot('dist', 'src', 'cleanup.js')).href;
    // A stopper that never finishes: the first signal waits for it (up to 2 s) while the second comes.
    writeFileSync(
      script,
      `import { handleSignals, onSignal } from ${JSON.stringify(cleanup)};
handleSignals();
onSignal(() => new Promise(() => {}));
setInterval(() => {}, 1000);
process.stdout.write('ready\\n');
`,
    );
    const { child, end, stderr } = await started(script);
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGINT');
    expect(await end).toEqual({ code: 143, signal: null });
    expect(stderr()).toBe('annexa: interrupted by SIGTERM; stopped and removed temporary files\n');
  }, 20_000);
});

describe('removing temporary paths as a signal ends the process', () => {
  it('removes every other path and still exits 128 + signal when one cannot be removed', async () => {
    const dir = tempDir();
    const script = join(dir, 'unremovable.mjs');
    const cleanup = pathToFileURL(fromRoot('dist', 'src', 'cleanup.js')).href;
    const scratch = join(dir, 'scratch');
    mkdirSync(scratch);
    // A path no one may remove, even root (on NFS an open spool's silly-renamed file does the same to its directory).
    writeFileSync(
      script,
      `import { handleSignals, removeOnExit } from ${JSON.stringify(cleanup)};
handleSignals();
removeOnExit('/proc/self/status');
removeOnExit(${JSON.stringify(scratch)});
setInterval(() => {}, 1000);
process.stdout.write('ready\\n');
`,
    );
    const { child, end, stderr } = await started(script);
    child.kill('SIGTERM');
    expect(await end).toEqual({ code: 143, signal: null });
    expect(stderr()).toBe('annexa: interrupted by SIGTERM; stopped and removed temporary files\n');
    expect(existsSync(scratch)).toBe(false);
  }, 20_000);
});
