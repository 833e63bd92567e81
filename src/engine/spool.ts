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
import type { FileDigest } from '../digest.js';
import { readLines } from '../lines.js';
import type { EvidenceItem } from '../model/evidence.js';
import { itemLine } from '../model/item-line.js';
import { type Items, itemsOf, notable } from '../model/items.js';
import { scratchWriteError } from '../safe-fs.js';

/** Items kept in memory before the spool moves to disk: ordinary scans never touch the disk. */
export const SPOOL_IN_MEMORY = 50_000;
/**
 * Text handed to the writer in batches of this many UTF-16 units. Small on purpose: a string or
 * buffer of 1 MiB is a large object V8 and malloc map and unmap one by one, and with several
 * threads each unmap costs every core (measured: ~5 s of kernel time per GB written in 1 MiB
 * strings, ~1 s in 64 KiB ones).
 */
const FLUSH = 1 << 16;
/** Files are read back 1 MiB at a time, into one reused buffer. */
const READ_CHUNK = 1 << 20;
const ALL = 'items.jsonl';
const NOTABLE = 'notable.jsonl';

export const parsed = function* (file: string): Generator<EvidenceItem> {
  for (const line of readLines(file)) if (line) yield JSON.parse(line) as EvidenceItem;
};

/** A file's bytes in chunks of 1 MiB, each valid until the next is asked for (one buffer, reused). */
export function* chunksOf(file: string): Generator<Buffer> {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    for (;;) {
      const n = readSync(fd, buf, 0, READ_CHUNK, null);
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
 * A temporary file written in 1 MiB batches; `hashed`, its SHA-256 is worked out as the bytes go
 * out (in the writer thread), so a bundle that links the finished file lists it without reading it back.
 */
class Batched {
  private buf = '';
  /** The writes go through the writer thread: the kernel's copy no longer stops evaluation. */
  private readonly bg: BackgroundFile;

  constructor(
    readonly fd: number,
    private readonly file: string,
    hashed = false,
  ) {
    this.bg = new BackgroundFile(fd, hashed);
  }

  write(s: string): void {
    this.buf += s;
    if (this.buf.length >= FLUSH) this.flush();
  }

  flush(): void {
    if (!this.buf) return;
    // The writer thread encodes (and hashes) the text itself.
    const text = this.buf;
    this.buf = '';
    this.scratch(() => this.bg.write(text));
  }

  /** Written out and closed; the digest of a hashed file. */
  close(): FileDigest | undefined {
    this.flush();
    return this.scratch(() => this.bg.close());
  }

  /** Close without writing what is buffered (the items are being thrown away). */
  discard(): void {
    this.bg.discard();
  }

  /** A full or unwritable TMPDIR is the user's to fix, not a bug: one line naming the file. */
  private scratch<T>(step: () => T): T {
    try {
      return step();
    } catch (err) {
      throw scratchWriteError(err, this.file);
    }
  }
}

export class ItemSpool {
  private mem: EvidenceItem[] = [];
  private all: Batched | undefined;
  private notable: Batched | undefined;
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
    const digest = this.all.close();
    this.notable.close();
    if (!digest) throw new Error('a spool written for a worker (not hashed) was read as items; this is a bug in annexa');
    this.all = undefined;
    this.notable = undefined;
    return fileItems(join(this.dir!, ALL), join(this.dir!, NOTABLE), this.n, this.checks, digest);
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
    // A worker's part is never linked into a bundle whole: no need to hash it.
    this.all = new Batched(openSync(join(dir, ALL), 'wx', 0o600), join(dir, ALL), this.into === undefined);
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
