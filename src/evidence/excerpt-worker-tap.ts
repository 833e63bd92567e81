/** The evidence bundle's excerpt tap in an evaluation worker: its excerpts go to the worker's directory. */
import type { WorkerTapModule } from '../engine/tap.js';
import { type ExcerptPart, ExcerptSpool } from './excerpt-spool.js';

export const workerTap: WorkerTapModule['workerTap'] = (dir) => {
  const spool = new ExcerptSpool(dir);
  return { tap: spool.tap, done: (): ExcerptPart => ({ files: spool.done(), count: spool.count }) };
};
