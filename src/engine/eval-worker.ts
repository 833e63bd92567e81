/**
 * An evaluation worker: reads its accounts from the snapshot file, evaluates them, and spools
 * their items (and whatever its taps cut) into directories the main thread made and cleans up.
 * Posts one `WorkerDone` message. See `parallel.ts`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { openSnapshotFile } from '../inventory/snapshot-file.js';
import { ItemTally } from '../model/tally.js';
import { evaluateStream } from './evaluate.js';
import type { WorkerDone, WorkerJob } from './parallel.js';
import { ALL_CHECKS } from './registry.js';
import { ShardPlan } from './shard.js';
import { ItemSpool } from './spool.js';
import type { WorkerTapModule } from './tap.js';

async function run(job: WorkerJob): Promise<WorkerDone> {
  const wanted = new Set(job.checkIds);
  const checks = ALL_CHECKS.filter((c) => wanted.has(c.meta.id));
  const shard = job.shard ? new ShardPlan(job.shard, checks) : undefined;
  const taps = await Promise.all(job.taps.map(async (t) => ((await import(t.module)) as WorkerTapModule).workerTap(t.dir)));
  const file = openSnapshotFile(job.file);
  const members = job.members.map((i) => file.members[i]!);
  // Nothing stays in memory: the main thread reads the parts back from their files.
  const spool = new ItemSpool(0, job.itemsDir);
  const tally = new ItemTally();
  // The heap's growth is bounded by the main thread for the whole process (V8 flags are shared).
  for (const m of members) {
    const snapshot = file.read(m);
    for (const item of evaluateStream(snapshot, checks, job.params, job.controls, job.serviceParams)) {
      if (shard && !shard.ownsItem(item)) continue;
      for (const t of taps) t.tap(item, snapshot);
      spool.add(item);
      tally.add(item);
    }
  }
  return { ok: true, spool: spool.finishFiles(), tally: tally.toData(), taps: taps.map((t) => t.done()) };
}

const errnoCode = (err: unknown): { code?: string } => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? { code } : {};
};

run(workerData as WorkerJob).then(
  (done) => parentPort!.postMessage(done),
  (err: unknown) => {
    const failed: WorkerDone =
      err instanceof InputError
        ? { ok: false, input: { source: err.source, detail: err.detail }, message: err.message }
        : // The message and code only: the main thread prints internal errors as one line, as its own.
          { ok: false, message: err instanceof Error ? err.message : String(err), ...errnoCode(err) };
    parentPort!.postMessage(failed);
  },
);
