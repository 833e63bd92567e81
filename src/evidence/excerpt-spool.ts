/**
 * Excerpts cut while the scan runs: each item's excerpt is taken from its snapshot while that
 * snapshot is in memory, and appended to its check's temporary JSON Lines file. The bundle
 * moves the files in at the end, so no snapshot has to outlive its evaluation and no excerpt
 * waits in memory for the rest.
 */
import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BackgroundFile, writeAllSync } from '../background-write.js';
import { scratchDir } from '../cleanup.js';
import type { EvidenceItem } from '../model/evidence.js';
import type { Snapshot } from '../model/snapshot.js';
import { scratchWriteError } from '../safe-fs.js';
import { SnapshotExcerpts } from './excerpt.js';
import { Digester, type FileDigest } from './hashed-file.js';

/** A check's buffer goes to disk past this size; all buffers together stay under `TOTAL_BUFFERED`. */
const CHECK_BUFFER = 64 * 1024;
const TOTAL_BUFFERED = 8 * 1024 * 1024;

/** One excerpt file, finished: where it waits, where it goes in the bundle, and its digest. */
export interface ExcerptFile extends FileDigest {
  /** Relative to the bundle root, `excerpts/<check>.jsonl`. */
  path: string;
  /** The temporary file holding it. */
  file: string;
}

/** Where the excerpts of one check's items go. Check ids are already file-safe; this keeps it so. */
export function excerptFile(checkId: string): string {
  return `excerpts/${checkId.replace(/[^A-Za-z0-9._-]/g, '_')}.jsonl`;
}

interface Pending {
  file: string;
  /** Open from the first excerpt to `done`: one open per check, not one per flush; hashed as written. */
  out: BackgroundFile;
  buf: string;
}

/** One evaluation worker's excerpts: its finished files and how many items they cover. */
export interface ExcerptPart {
  files: ExcerptFile[];
  count: number;
}

export class ExcerptSpool {
  /** Files adopted from evaluation workers, already merged: `done` returns them. */
  private adopted: ExcerptFile[] = [];
  private readonly byPath = new Map<string, Pending>();
  private buffered = 0;
  private n = 0;
  /**
   * Each snapshot's excerpts, with the picks its resources' items share: they live as long as the
   * run keeps the snapshot, and go with it (held here, the last one would stay until the bundle).
   */
  private readonly cuts = new WeakMap<Snapshot, SnapshotExcerpts>();

  /** `dir`: write into this directory (its maker removes it) rather than a scratch directory of our own. */
  constructor(private dir?: string) {}

  /** Items excerpted so far. */
  get count(): number {
    return this.n;
  }

  /** The run's item tap: excerpt `item` from `snapshot`, the one it was evaluated over. */
  readonly tap = (item: EvidenceItem, snapshot: Snapshot): void => {
    // Per snapshot: only the snapshot being evaluated is in memory, and its picks go with it.
    let cut = this.cuts.get(snapshot);
    if (!cut) this.cuts.set(snapshot, (cut = new SnapshotExcerpts(snapshot)));
    const line = `${cut.line(item)}\n`;
    const p = this.pending(excerptFile(item.checkId));
    p.buf += line;
    this.buffered += line.length;
    this.n++;
    if (p.buf.length >= CHECK_BUFFER) this.flush(p);
    if (this.buffered >= TOTAL_BUFFERED) for (const q of this.byPath.values()) this.flush(q);
  };

  /** Every excerpt file, written out and hashed; the spool takes no more. */
  done(): ExcerptFile[] {
    const out: ExcerptFile[] = this.adopted;
    this.adopted = [];
    for (const [path, p] of this.byPath) {
      this.flush(p);
      const digest = scratchWrite(p.file, () => p.out.close())!;
      out.push({ path, file: p.file, ...digest });
    }
    this.byPath.clear();
    return out;
  }

  /**
   * Take the excerpts evaluation workers cut, given in item order: a check's parts are appended
   * to its first part's file, so each check still has one file, in the order one pass would write.
   */
  adopt(parts: readonly ExcerptPart[]): void {
    const byPath = new Map<string, ExcerptFile[]>();
    for (const part of parts) {
      this.n += part.count;
      for (const f of part.files) {
        const list = byPath.get(f.path);
        if (list) list.push(f);
        else byPath.set(f.path, [f]);
      }
    }
    for (const [path, [first, ...rest]] of byPath) {
      if (rest.length === 0) {
        this.adopted.push(first!);
        continue;
      }
      // The first part is read to hash it; the others are hashed as they are appended.
      const d = new Digester();
      readInto(first!.file, d);
      const fd = openSync(first!.file, 'a');
      try {
        for (const r of rest) {
          scratchWrite(first!.file, () => readInto(r.file, d, fd));
          rmSync(r.file, { force: true });
        }
      } finally {
        closeSync(fd);
      }
      this.adopted.push({ path, file: first!.file, ...d.digest() });
    }
  }

  private pending(path: string): Pending {
    let p = this.byPath.get(path);
    if (!p) {
      if (!this.dir) {
        // Removed at exit whether or not a bundle took the files (a failed scan leaves nothing behind).
        this.dir = scratchDir('excerpts');
      }
      const file = join(this.dir, `${this.byPath.size}.jsonl`);
      p = { file, out: new BackgroundFile(openSync(file, 'wx'), true), buf: '' };
      this.byPath.set(path, p);
    }
    return p;
  }

  private flush(p: Pending): void {
    if (!p.buf) return;
    const text = p.buf;
    this.buffered -= text.length;
    p.buf = '';
    // The writer thread encodes and hashes it.
    scratchWrite(p.file, () => p.out.write(text));
  }
}

/** A write to a scratch file whose failure is a full or unwritable TMPDIR: one line naming it, exit 2. */
function scratchWrite<T>(file: string, write: () => T): T {
  try {
    return write();
  } catch (err) {
    throw scratchWriteError(err, file);
  }
}

/** `from`'s bytes into the digest and, given `fd`, appended to that open file; 1 MiB at a time. */
function readInto(from: string, d: Digester, fd?: number): void {
  const src = openSync(from, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (let n = readSync(src, buf, 0, buf.length, null); n > 0; n = readSync(src, buf, 0, buf.length, null)) {
      const data = buf.subarray(0, n);
      d.update(data);
      if (fd !== undefined) writeAllSync(fd, data);
    }
  } finally {
    closeSync(src);
  }
}
