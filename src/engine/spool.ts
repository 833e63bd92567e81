/**
 * Where a run's evidence items wait between evaluation and the outputs. Up to `inMemory` items
 * stay in memory; past that, all of them go to a temporary JSON Lines file, so a run of millions
 * of items holds one item at a time instead of all of them. Counts are kept as items arrive.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { release, removeOnExit } from '../cleanup.js';
import { readLines } from '../lines.js';
import type { EvidenceItem } from '../model/evidence.js';
import { type Items, itemsOf } from '../model/items.js';

/** Items kept in memory before the spool moves to disk: ordinary scans never touch the disk. */
export const SPOOL_IN_MEMORY = 50_000;
const FLUSH = 1 << 20;

function fileItems(file: string, count: number): Items {
  return {
    count,
    *[Symbol.iterator]() {
      for (const line of readLines(file)) if (line) yield JSON.parse(line) as EvidenceItem;
    },
    *lines() {
      for (const line of readLines(file)) if (line) yield line;
    },
  };
}

export class ItemSpool {
  private mem: EvidenceItem[] = [];
  private fd: number | undefined;
  private dir: string | undefined;
  private file: string | undefined;
  private buf = '';
  private n = 0;

  constructor(private readonly inMemory: number = SPOOL_IN_MEMORY) {}

  get count(): number {
    return this.n;
  }

  add(item: EvidenceItem): void {
    this.n++;
    if (this.fd === undefined) {
      if (this.mem.length < this.inMemory) {
        this.mem.push(item);
        return;
      }
      this.spill();
    }
    this.write(`${JSON.stringify(item)}\n`);
  }

  /** The items added, in order; the spool takes no more. */
  done(): Items {
    if (this.fd === undefined) return itemsOf(this.mem);
    writeSync(this.fd, this.buf);
    this.buf = '';
    closeSync(this.fd);
    this.fd = undefined;
    return fileItems(this.file!, this.n);
  }

  /**
   * The items are no longer needed: the temporary file goes now rather than at exit, so a merge
   * that sorts through many spools, or a long-lived process, does not fill the disk.
   */
  discard(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.mem = [];
    this.buf = '';
    if (this.dir) {
      rmSync(this.dir, { recursive: true, force: true });
      release(this.dir);
      this.dir = undefined;
    }
  }

  private spill(): void {
    const dir = mkdtempSync(join(tmpdir(), 'annexa-items-'));
    removeOnExit(dir);
    this.dir = dir;
    this.file = join(dir, 'items.jsonl');
    this.fd = openSync(this.file, 'wx', 0o600);
    for (const i of this.mem) this.write(`${JSON.stringify(i)}\n`);
    this.mem = [];
  }

  private write(s: string): void {
    this.buf += s;
    if (this.buf.length >= FLUSH) {
      writeSync(this.fd!, this.buf);
      this.buf = '';
    }
  }
}
