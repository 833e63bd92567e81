/**
 * Where a run's evidence items wait between evaluation and the outputs. Up to `inMemory` items
 * stay in memory; past that, all of them go to a temporary JSON Lines file, so a run of millions
 * of items holds one item at a time instead of all of them. Counts are kept as items arrive.
 * The notable items (not a plain pass: a small part of a large run) also go to a second file,
 * so gates, summaries and SARIF read only them.
 */
import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BackgroundFile } from '../background-write.js';
import { release, scratchDir } from '../cleanup.js';
import { Digester, type FileDigest } from '../digest.js';
import { readLines } from '../lines.js';
import type { EvidenceItem } from '../model/evidence.js';
import { itemLine } from '../model/item-line.js';
import { type Items, itemsOf, notable } from '../model/items.js';
import { scratchWriteError } from '../safe-fs.js';

/** Items kept in memory before the spool moves to disk: ordinary scans never touch the disk. */
export const SPOOL_IN_MEMORY = 50_000;
const FLUSH = 1 << 20;
const ALL = 'items.jsonl';
const NOTABLE = 'notable.jsonl';

export const parsed = function* (file: string): Generator<EvidenceItem> {
  for (const line of readLines(file)) if (line) yield JSON.parse(line) as EvidenceItem;
};

/** A file's bytes in chunks of 1 MiB, each valid until the next is asked for (one buffer, reused). */
export function* chunksOf(file: string): Generator<Buffer> {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(FLUSH);
    for (;;) {
      const n = readSync(fd, buf, 0, FLUSH, null);
      if (n === 0) break;
      yield buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

function fileItems(
  file: string,
  notableFile: string,
  count: number,
  checks: ReadonlyMap<string, ReadonlySet<string>>,
  digest: FileDigest,
): Items {
  return {
    count,
    checks,
    file: () => ({ path: file, ...digest }),
    [Symbol.iterator]: () => parsed(file),
    *lines() {
      for (const line of readLines(file)) if (line) yield line;
    },
    notPassing: () => parsed(notableFile),
    bytes: () => chunksOf(file),
  };
}

/**
 * A temporary file written in 1 MiB batches; with a `digest`, hashed as the bytes go out, so a
 * bundle that links the finished file lists its SHA-256 without reading it back.
 */
class Batched {
  private buf = '';
  private out = Buffer.alloc(0);
  /** The writes go through the writer thread: the kernel's copy no longer stops evaluation. */
  private readonly bg: BackgroundFile;

  constructor(
    readonly fd: number,
    private readonly file: string,
    private readonly digest?: Digester,
  ) {
    this.bg = new BackgroundFile(fd);
  }

  write(s: string): void {
    this.buf += s;
    if (this.buf.length >= FLUSH) this.flush();
  }

  flush(): void {
    if (!this.buf) return;
    if (!this.digest) {
      // Nothing to hash: the writer thread encodes the text itself.
      this.scratch(() => this.bg.write(this.buf));
      this.buf = '';
      return;
    }
    // Encoded once, into one reused buffer (a fresh one per batch costs page faults and GC), so
    // the bytes hashed are exactly the bytes written. A UTF-16 unit is at most 3 bytes of UTF-8.
    if (this.out.length < this.buf.length * 3) this.out = Buffer.allocUnsafe(this.buf.length * 3);
    const data = this.out.subarray(0, this.out.write(this.buf, 0));
    this.digest.update(data);
    this.scratch(() => this.bg.write(data));
    this.buf = '';
  }

  close(): void {
    this.flush();
    this.scratch(() => this.bg.close());
  }

  /** Close without writing what is buffered (the items are being thrown away). */
  discard(): void {
    try {
      this.bg.drain();
    } catch {
      // Discarded: its write errors no longer matter.
    }
    closeSync(this.fd);
  }

  /** A full or unwritable TMPDIR is the user's to fix, not a bug: one line naming the file. */
  private scratch(step: () => void): void {
    try {
      step();
    } catch (err) {
      throw scratchWriteError(err, this.file);
    }
  }
}

export class ItemSpool {
  private mem: EvidenceItem[] = [];
  private all: Batched | undefined;
  private notable: Batched | undefined;
  private allDigest: Digester | undefined;
  private dir: string | undefined;
  private finished = false;
  private n = 0;
  private readonly checks = new Map<string, Set<string>>();

  /**
   * `dir`: spill into this directory (the caller made it and removes it) rather than a scratch
   * directory of the spool's own; an evaluation worker writes where the main thread can clean up.
   */
  constructor(
    private readonly inMemory: number = SPOOL_IN_MEMORY,
    private readonly into?: string,
  ) {}

  get count(): number {
    return this.n;
  }

  add(item: EvidenceItem): void {
    if (this.finished) throw new Error('an item was added to a finished spool; this is a bug in annexa');
    this.n++;
    if (this.all === undefined) {
      if (this.mem.length < this.inMemory) {
        this.mem.push(item);
        return;
      }
      this.spill();
    }
    this.write(item);
  }

  /**
   * The items added, in order; the spool takes no more. Its file is closed for good here and
   * never written again (a bundle may hard-link it: the same bytes under a second name), only
   * read, and removed by name with its directory.
   */
  done(): Items {
    this.finished = true;
    if (this.all === undefined || this.notable === undefined) return itemsOf(this.mem);
    this.all.close();
    this.notable.close();
    this.all = undefined;
    this.notable = undefined;
    return fileItems(join(this.dir!, ALL), join(this.dir!, NOTABLE), this.n, this.checks, this.allDigest!.digest());
  }

  /**
   * The items are no longer needed: the temporary files go now rather than at exit, so a merge
   * that sorts through many spools, or a long-lived process, does not fill the disk.
   */
  discard(): void {
    this.all?.discard();
    this.notable?.discard();
    this.all = undefined;
    this.notable = undefined;
    this.mem = [];
    if (this.dir && this.into === undefined) {
      rmSync(this.dir, { recursive: true, force: true });
      release(this.dir);
      this.dir = undefined;
    }
  }

  /**
   * The spool as files (spilled even when empty), for a worker handing its part of a run to the
   * main thread; the spool takes no more.
   */
  finishFiles(): SpoolPart {
    if (this.all === undefined) this.spill();
    this.all!.close();
    this.notable!.close();
    this.all = undefined;
    this.notable = undefined;
    const checks = [...this.checks].map(([id, providers]): [string, string[]] => [id, [...providers]]);
    return { all: join(this.dir!, ALL), notable: join(this.dir!, NOTABLE), count: this.n, checks };
  }

  private spill(): void {
    const dir = this.into ?? scratchDir('items');
    this.dir = dir;
    this.allDigest = new Digester();
    this.all = new Batched(openSync(join(dir, ALL), 'wx', 0o600), join(dir, ALL), this.allDigest);
    this.notable = new Batched(openSync(join(dir, NOTABLE), 'wx', 0o600), join(dir, NOTABLE));
    for (const i of this.mem) this.write(i);
    this.mem = [];
  }

  private write(item: EvidenceItem): void {
    const line = `${itemLine(item)}\n`;
    this.all!.write(line);
    if (notable(item)) this.notable!.write(line);
    let providers = this.checks.get(item.checkId);
    if (!providers) this.checks.set(item.checkId, (providers = new Set()));
    providers.add(item.resource.provider);
  }
}

/** One worker's spooled items: its files, how many items, and its checks' providers (in first-seen order). */
export interface SpoolPart {
  all: string;
  notable: string;
  count: number;
  checks: [string, string[]][];
}

/** Several spools' items read as one, part after part: the parts hold consecutive runs of items. */
export function spooledParts(parts: readonly SpoolPart[]): Items {
  const checks = new Map<string, Set<string>>();
  for (const p of parts)
    for (const [id, providers] of p.checks) {
      let set = checks.get(id);
      if (!set) checks.set(id, (set = new Set()));
      for (const provider of providers) set.add(provider);
    }
  return {
    count: parts.reduce((n, p) => n + p.count, 0),
    checks,
    *[Symbol.iterator]() {
      for (const p of parts) yield* parsed(p.all);
    },
    *lines() {
      for (const p of parts) for (const line of readLines(p.all)) if (line) yield line;
    },
    *notPassing() {
      for (const p of parts) yield* parsed(p.notable);
    },
    *bytes() {
      for (const p of parts) yield* chunksOf(p.all);
    },
  };
}
