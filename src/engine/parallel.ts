/**
 * Evaluation of a large snapshot file on several cores: the accounts, in report order, are cut
 * into consecutive runs of about equal size, and each run is evaluated by a worker thread that
 * reads its accounts from the file itself and spools its items to disk. The main thread then
 * reads the parts back in order, so the items, their counts and every output are the same bytes
 * as one thread would give (`test/engine/parallel.test.ts` compares them).
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { onSignal, scratchDir, stopping } from '../cleanup.js';
import { InputError } from '../errors.js';
import type { SnapshotMember } from '../inventory/snapshot-file.js';
import type { FrameworkKey } from '../mapping/load.js';
import type { Items } from '../model/items.js';
import type { CheckParams } from '../model/params.js';
import type { Shard } from '../model/result.js';
import { ItemTally, type TallyData } from '../model/tally.js';
import { type SpoolPart, spooledParts } from './spool.js';
import type { ItemTap } from './tap.js';

/** The worker's compiled module; absent when running from the TypeScript sources (tests), and then no workers. */
const WORKER = new URL('./eval-worker.js', import.meta.url);

/** Files smaller than this are evaluated on the main thread: starting workers costs more than it saves. */
export const PARALLEL_MIN_BYTES = 64 * 2 ** 20;
/**
 * `ANNEXA_WORKERS` at most: an idle worker alone holds about 80 MB (its own heap and modules), so
 * a mistyped 999 over a thousand-account file would exhaust any machine's memory.
 */
export const MAX_WORKERS = 32;
/** Workers by default at most: each holds one account's snapshot and its evaluation. */
const DEFAULT_MAX_WORKERS = 4;
/**
 * By default workers are added only while the run's estimated peak stays under this: the main
 * thread's share plus, per worker, its own heap and about ten times the largest account it
 * reads (measured: a 45 MB account of 100k resources peaks near 500 MB in a worker, excerpts
 * included). `ANNEXA_WORKERS` overrides it for machines with memory to spare.
 */
const MEMORY_BUDGET = 1024 * 2 ** 20;
const MAIN_SHARE = 150 * 2 ** 20;
const WORKER_SHARE = 60 * 2 ** 20;
const PER_ACCOUNT_BYTE = 10;

/** The estimated peak of `n` workers over `members`: the largest accounts, one per worker. */
function estimatedPeak(members: readonly SnapshotMember[], n: number): number {
  const largest = members
    .map((m) => m.bytes ?? 0)
    .sort((a, b) => b - a)
    .slice(0, n);
  return MAIN_SHARE + n * WORKER_SHARE + largest.reduce((s, b) => s + b * PER_ACCOUNT_BYTE, 0);
}

/** One worker's share of the run. */
export interface WorkerJob {
  file: string;
  /** Indexes into the file's members, in report order. */
  members: number[];
  checkIds: string[];
  params: CheckParams;
  serviceParams: Record<string, unknown>;
  controls: Map<string, Partial<Record<FrameworkKey, string[]>>>;
  shard?: Shard;
  itemsDir: string;
  taps: { module: string; dir: string }[];
}

export type WorkerDone =
  | { ok: true; spool: SpoolPart; tally: TallyData; taps: unknown[] }
  | { ok: false; input?: { source: string; detail: string }; message: string; code?: string };

/**
 * How many workers evaluate `members` of `file`: 0 means the main thread does. `ANNEXA_WORKERS`
 * sets the number (0 or 1 for none); otherwise large files get one per core, at most 4, as
 * many as keep the estimated peak under 1 GiB.
 */
export function workerCount(file: string, members: readonly SnapshotMember[], taps: readonly ItemTap[], env: NodeJS.ProcessEnv): number {
  const asked = env.ANNEXA_WORKERS;
  if (asked !== undefined && asked !== '' && !/^\d{1,3}$/.test(asked))
    throw new InputError('ANNEXA_WORKERS', `"${asked}" is not a number of worker threads (0 or 1 for none)`);
  if (asked && Number(asked) > MAX_WORKERS)
    throw new InputError('ANNEXA_WORKERS', `"${asked}" is more than ${MAX_WORKERS} worker threads, the most annexa runs`);
  // Workers need the compiled worker module, line-layout members and taps that can run in them.
  if (!existsSync(fileURLToPath(WORKER))) return 0;
  if (members.length < 2 || members.some((m) => m.bytes === undefined) || taps.some((t) => !t.inWorker)) return 0;
  const workers = asked ? Math.min(Number(asked), members.length) : defaultWorkers(members, statSync(file).size, availableParallelism());
  return workers >= 2 ? workers : 0;
}

/** Workers for a file of `fileBytes` on `cores` cores when the user set none: see `MEMORY_BUDGET`. */
export function defaultWorkers(members: readonly SnapshotMember[], fileBytes: number, cores: number): number {
  if (fileBytes < PARALLEL_MIN_BYTES) return 0;
  let workers = Math.min(cores, DEFAULT_MAX_WORKERS, members.length);
  while (workers >= 2 && estimatedPeak(members, workers) > MEMORY_BUDGET) workers--;
  return workers >= 2 ? workers : 0;
}

/** `members` cut into `n` consecutive runs of about equal bytes, none empty. */
export function shares(members: readonly SnapshotMember[], n: number): SnapshotMember[][] {
  const total = members.reduce((s, m) => s + (m.bytes ?? 0), 0);
  const out: SnapshotMember[][] = [];
  let run: SnapshotMember[] = [];
  let done = 0;
  members.forEach((m, i) => {
    run.push(m);
    done += m.bytes ?? 0;
    const left = members.length - i - 1;
    const runsLeft = n - out.length - 1;
    // Close the run once it reaches its share, or when each remaining run needs one member.
    if (runsLeft > 0 && (done >= (total * (out.length + 1)) / n || left === runsLeft)) {
      out.push(run);
      run = [];
    }
  });
  out.push(run);
  return out;
}

export interface ParallelRun {
  file: string;
  members: readonly SnapshotMember[];
  workers: number;
  job: Omit<WorkerJob, 'file' | 'members' | 'itemsDir' | 'taps'>;
  taps: readonly ItemTap[];
}

function runWorker(job: WorkerJob, running: Set<Worker>): Promise<Extract<WorkerDone, { ok: true }>> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER, { workerData: job });
    running.add(w);
    let answered = false;
    w.once('message', (m: WorkerDone) => {
      answered = true;
      if (m.ok) resolve(m);
      // The error one thread would have thrown: same message and system code (ENOSPC…), no worker stack.
      else
        reject(
          m.input ? new InputError(m.input.source, m.input.detail) : Object.assign(new Error(m.message), m.code ? { code: m.code } : {}),
        );
    });
    w.once('error', (err) => {
      answered = true;
      reject(err);
    });
    w.once('exit', (code) => {
      running.delete(w);
      // Terminated by a signal's handler, which ends the process: no error to report.
      if (!answered && !stopping())
        reject(new Error(`an evaluation worker exited (code ${code}) without an answer; this is a bug in annexa`));
    });
  });
}

/** Evaluate in workers; the items read back in report order, their tally, and each tap given its parts. */
export async function evaluateInWorkers(p: ParallelRun): Promise<{ items: Items; tally: ItemTally }> {
  const running = new Set<Worker>();
  const jobs: WorkerJob[] = shares(p.members, p.workers).map((run) => ({
    ...p.job,
    file: p.file,
    members: run.map((m) => m.index),
    itemsDir: scratchDir('items'),
    taps: p.taps.map((t) => ({ module: t.inWorker!.module, dir: scratchDir(t.inWorker!.scratch) })),
  }));
  let done: Extract<WorkerDone, { ok: true }>[];
  const stopAll = () => Promise.all([...running].map((w) => w.terminate()));
  // Ctrl-C or SIGTERM: workers stop before their scratch directories are removed, so none writes into a removed one.
  const forget = onSignal(stopAll);
  try {
    done = await Promise.all(jobs.map((j) => runWorker(j, running)));
  } finally {
    forget();
    // One failed: the others' work is wasted, and their files go with the process's scratch directories.
    await stopAll();
  }
  const tally = new ItemTally();
  for (const d of done) tally.merge(d.tally);
  p.taps.forEach((t, i) => {
    t.inWorker!.adopt(done.map((d) => d.taps[i]));
  });
  return { items: spooledParts(done.map((d) => d.spool)), tally };
}
