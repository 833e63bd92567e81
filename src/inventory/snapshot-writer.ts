import type { Snapshot } from '../model/snapshot.js';
import { type AtomicWriter, openFileAtomic } from '../safe-fs.js';
import { SET_CLOSE, SET_OPEN, writeSnapshotLines } from './snapshot-layout.js';

/** Snapshots written one at a time; nothing is at the target until `close()`. */
export interface SnapshotWriter {
  add(snapshot: Snapshot): void;
  /** Finish the document and move it into place. */
  close(): void;
  /** Give up: the temporary file goes, the target is untouched. */
  abort(): void;
}

/**
 * A snapshot file written as snapshots arrive, in the line layout: `set` writes a snapshot set
 * (any number of accounts), otherwise the plain single-snapshot document (exactly one `add`).
 * Written beside the target and renamed in, so a killed scan never leaves half a file.
 */
export function openSnapshotWriter(file: string, opts: { set: boolean; shownAs?: string }): SnapshotWriter {
  const out: AtomicWriter = openFileAtomic(file, opts.shownAs ?? file);
  let n = 0;
  const step = (fn: () => void): void => {
    try {
      fn();
    } catch (err) {
      out.abort();
      throw err;
    }
  };
  if (opts.set) out.write(SET_OPEN);
  return {
    add(snapshot) {
      if (!opts.set && n === 1) throw new Error('a single-snapshot file holds one snapshot');
      step(() => {
        if (opts.set) out.write(n ? ',\n' : '\n');
        writeSnapshotLines(snapshot, out.write);
        n++;
      });
    },
    close() {
      out.write(opts.set ? `\n${SET_CLOSE}\n` : '\n');
      out.commit();
    },
    abort: () => out.abort(),
  };
}

/** Several snapshots to one file; one account keeps the plain snapshot document. */
export function writeSnapshots(file: string, snapshots: readonly Snapshot[], shownAs: string = file): void {
  const w = openSnapshotWriter(file, { set: snapshots.length !== 1, shownAs });
  for (const s of snapshots) w.add(s);
  w.close();
}
