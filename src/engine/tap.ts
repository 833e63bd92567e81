/** What sees each item as it is evaluated, in the main thread or in an evaluation worker. */
import type { EvidenceItem } from '../model/evidence.js';
import type { Snapshot } from '../model/snapshot.js';

/**
 * Sees every item as it is evaluated, with the snapshot it came from, while that snapshot is in
 * memory (the evidence bundle cuts its excerpts here). `inWorker` says how the same work is done
 * in evaluation workers; a tap without it keeps evaluation on the main thread.
 */
export type ItemTap = ((item: EvidenceItem, snapshot: Snapshot) => void) & { inWorker?: WorkerTap };

/** A tap's work split across evaluation workers, each writing into its own scratch directory. */
export interface WorkerTap {
  /** URL of a module exporting `workerTap` (a `WorkerTapModule`), loaded in each worker. */
  module: string;
  /** The `scratchDir` kind of each worker's directory. */
  scratch: string;
  /** Each worker's `done()` result, in item order: the tap's state afterwards is as if it had seen every item. */
  adopt(parts: readonly unknown[]): void;
}

/** What a worker tap module exports. */
export interface WorkerTapModule {
  workerTap(dir: string): { tap(item: EvidenceItem, snapshot: Snapshot): void; done(): unknown };
}
