/**
 * Ctrl-C or SIGTERM during the evaluation of a large snapshot ends the scan promptly. Signal
 * handlers run only when the event loop turns, and evaluation is synchronous: before it let the
 * loop turn, a signal waited for the whole run (SIGTERM at 5 s of a 100k-resource scan exited at
 * 55 s, every output written). The built CLI (evaluation workers need the compiled worker module)
 * scans a generated two-account file, on one thread and on two workers, and is signalled once it
 * spools its first items.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { estateSnapshot, templateSnapshot } from '../../bench/estate.js';
import type { Scenario } from '../../bench/synthetic.js';
import { saveSnapshots } from '../../src/inventory/snapshot-file.js';
import { builtScanArgs, tempDir } from '../support/cli.js';

/** Per account: IAM principals weigh most in evaluation (seconds on one core), little on disk. */
const SCENARIO: Scenario = {
  name: '2 accounts of 17,000 resources',
  accounts: 2,
  regions: 2,
  buckets: 500,
  users: 4000,
  roles: 10000,
  policies: 1000,
  trails: 2,
  securityGroups: 1000,
  logGroups: 300,
  volumes: 200,
  kmsKeys: 2,
  latencyMs: 0,
  serverLimitFactor: 1,
};

/** Generous for a loaded 2-core runner; the longest step that cannot turn (one check, one account read) takes about 1 s. */
const PROMPT_MS = 5000;

const dir = tempDir('annexa-interrupted-scan-');
const file = join(dir, 'estate.json');

beforeAll(async () => {
  const template = await templateSnapshot(SCENARIO);
  saveSnapshots(file, [estateSnapshot(template, SCENARIO, 0), estateSnapshot(template, SCENARIO, 1)]);
}, 120_000);

/** Files under `root` (recursively), or none when it does not exist. */
const filesUnder = (root: string): string[] =>
  existsSync(root)
    ? readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
    : [];

/**
 * Whether evaluation has begun: items went to a scratch directory (`ANNEXA_ITEMS_IN_MEMORY=1`
 * spills the first; a worker spools every item), beyond the directory's own marker.
 */
const evaluating = (tmp: string): boolean =>
  readdirSync(tmp)
    .filter((d) => d.startsWith('annexa-items-'))
    .some((d) => filesUnder(join(tmp, d)).some((f) => f !== '.annexa-scratch'));

interface Interrupted {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  afterSignalMs: number;
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** Whether an output is being written: its temporary file (`.<name>.<pid>.<random>.tmp`) is beside its name. */
const writingOutputs = (out: string): boolean => existsSync(out) && readdirSync(out).some((f) => f.endsWith('.tmp'));

async function interruptScan(
  signal: NodeJS.Signals,
  workers: string,
  root: string,
  then?: NodeJS.Signals,
  when: 'evaluating' | 'writing' = 'evaluating',
): Promise<Interrupted> {
  const tmp = join(root, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const child = spawn(process.execPath, builtScanArgs(file, join(root, 'out')), {
    env: { ...process.env, CI: 'true', TMPDIR: tmp, ANNEXA_WORKERS: workers, ANNEXA_ITEMS_IN_MEMORY: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const end = exited(child);
  let done = false;
  void end.then(() => (done = true));
  const ready = when === 'evaluating' ? () => evaluating(tmp) : () => writingOutputs(join(root, 'out'));
  while (!done && !ready()) await new Promise((r) => setTimeout(r, 5));
  // Still running: otherwise the snapshot is too small to show anything.
  expect(done, stderr).toBe(false);
  const sent = Date.now();
  child.kill(signal);
  // A second signal while the workers stop: someone pressing Ctrl-C twice, or a CI runner following up.
  if (then) {
    await new Promise((r) => setTimeout(r, 20));
    if (!done) child.kill(then);
  }
  const { code, signal: by } = await end;
  return { code, signal: by, stderr, afterSignalMs: Date.now() - sent };
}

describe('a signal during evaluation', () => {
  for (const [signal, code, workers] of [
    ['SIGINT', 130, '0'],
    ['SIGTERM', 143, '2'],
  ] as const) {
    it(`${signal} on ${workers === '0' ? 'one thread' : `${workers} workers`} exits ${code} promptly, writing nothing and leaving no temporary file`, async () => {
      const root = join(dir, `${signal}-${workers}`);
      const r = await interruptScan(signal, workers, root);
      expect({ code: r.code, signal: r.signal }, r.stderr).toEqual({ code, signal: null });
      expect(r.stderr).toBe(`annexa: interrupted by ${signal}; stopped and removed temporary files\n`);
      expect(r.afterSignalMs).toBeLessThan(PROMPT_MS);
      // Stopped before writing: no output under its name, no temporary file beside it, no scratch directory.
      expect(filesUnder(join(root, 'out'))).toEqual([]);
      expect(readdirSync(join(root, 'tmp'))).toEqual([]);
    }, 60_000);
  }
});

describe('a second signal while the first stops the workers', () => {
  for (const then of ['SIGINT', 'SIGTERM'] as const) {
    it(`SIGINT then ${then} still exits 130 with one line, removing every temporary file`, async () => {
      const root = join(dir, `SIGINT-${then}`);
      const r = await interruptScan('SIGINT', '2', root, then);
      expect({ code: r.code, signal: r.signal }, r.stderr).toEqual({ code: 130, signal: null });
      expect(r.stderr).toBe('annexa: interrupted by SIGINT; stopped and removed temporary files\n');
      expect(filesUnder(join(root, 'out'))).toEqual([]);
      expect(readdirSync(join(root, 'tmp'))).toEqual([]);
    }, 60_000);
  }
});

describe('a signal while the outputs are written', () => {
  // Before the writers let the event loop turn, the signal waited for every output and the bundle:
  // the exit said 143 over a finished run (and at a million resources, minutes later).
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`${signal} exits ${code} promptly, removing the file being written and writing nothing after it`, async () => {
      const root = join(dir, `writing-${signal}`);
      const r = await interruptScan(signal, '0', root, undefined, 'writing');
      expect({ code: r.code, signal: r.signal }, r.stderr).toEqual({ code, signal: null });
      expect(r.stderr).toBe(`annexa: interrupted by ${signal}; stopped and removed temporary files\n`);
      expect(r.afterSignalMs).toBeLessThan(PROMPT_MS);
      const out = join(root, 'out');
      // No temporary file left beside any output, and the bundle (written last) never started.
      expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(existsSync(join(out, 'evidence', 'manifest.json'))).toBe(false);
      expect(readdirSync(join(root, 'tmp'))).toEqual([]);
    }, 60_000);
  }
});
