/**
 * Large files written from a thread of their own. On these machines the kernel spends about 2 s
 * of CPU per GB written, and the writers of a million-resource run (the items spool, the result,
 * the excerpts) are synchronous: each write stopped the main thread. Here a write hands its data
 * to one writer thread and returns; `close` waits (blocking, on a shared counter) until every
 * write of the process is done, then closes the descriptor. Data travels through a ring of
 * shared memory: the producer encodes strings straight into a free slot and posts only the slot's
 * number (a posted string is cloned twice, flattened, then decoded and encoded again: twice the
 * producer's cost). A file that wants its SHA-256 is hashed in the writer thread (at 1M resources
 * hashing the items spool cost the main thread several seconds). Without the compiled worker
 * module (tests run from the sources) writes and hashing are synchronous.
 */
import { closeSync, existsSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { Digester, type FileDigest } from './digest.js';

const WORKER = new URL('./background-write-worker.js', import.meta.url);
/**
 * The ring's slot size. Slots rather than buffers made per write: a buffer of 1 MiB is mapped and
 * unmapped by malloc one by one, and with several threads each unmap costs every core (measured on
 * these machines: writing 1 GB in 1 MiB pieces cost ~5 s of kernel time, in 64 KiB pieces ~1 s;
 * slots allocate nothing at all).
 */
export const SLOT = 1 << 16;
/** Slots in the ring: at most this much (16 MiB) is handed over and not yet written; a producer waits past it. */
export const SLOTS = 256;

/** Slots of the shared state: entries handed over and written (counts), a failure flag, the writer idle flag. */
export const POSTED = 0;
export const WRITTEN = 1;
export const FAILED = 2;
export const IDLE = 3;

/**
 * Each ring entry's description, in `entries` at `(n % SLOTS) * ENTRY`: what to do (`WRITE`, or
 * the start or end of a file's hash), the descriptor, and for a write the bytes in the entry's slot.
 */
export const ENTRY = 3;
export const WRITE = 0;
export const HASH_START = 1;
export const HASH_END = 2;

/** A write the writer thread could not do: the descriptor and the system error, to throw in the caller. */
export interface WriteFailure {
  fd: number;
  code?: string;
  message: string;
}

/** A hashed file's digest, sent back when its hash ends. */
export interface HashAnswer extends FileDigest {
  fd: number;
}

interface Writer {
  worker: Worker;
  state: Int32Array;
  errors: MessagePort;
  digests: MessagePort;
  ring: Uint8Array;
  entries: Int32Array;
}

const encoder = new TextEncoder();

let writer: Writer | null | undefined;

function started(): Writer | null {
  if (writer !== undefined) return writer;
  if (!existsSync(fileURLToPath(WORKER))) return (writer = null);
  const state = new Int32Array(new SharedArrayBuffer(4 * 4));
  const ring = new Uint8Array(new SharedArrayBuffer(SLOT * SLOTS));
  const entries = new Int32Array(new SharedArrayBuffer(4 * ENTRY * SLOTS));
  const { port1, port2 } = new MessageChannel();
  const hashes = new MessageChannel();
  const worker = new Worker(WORKER, {
    workerData: { state, ring, entries, errors: port2, digests: hashes.port2 },
    transferList: [port2, hashes.port2],
  });
  // Idle, it must not keep the process alive; every file is drained before it is closed anyway.
  worker.unref();
  port1.unref();
  hashes.port1.unref();
  writer = { worker, state, errors: port1, digests: hashes.port1, ring, entries };
  return writer;
}

/** Failed writes reported by the writer thread, by descriptor, until that descriptor's file asks. */
const failures = new Map<number, Error>();

function failureOf(w: Writer, fd: number): Error | undefined {
  if (Atomics.load(w.state, FAILED) !== 0) {
    Atomics.store(w.state, FAILED, 0);
    for (let m = receiveMessageOnPort(w.errors); m; m = receiveMessageOnPort(w.errors)) {
      const f = m.message as WriteFailure;
      if (!failures.has(f.fd)) failures.set(f.fd, Object.assign(new Error(f.message), f.code ? { code: f.code } : {}));
    }
  }
  const err = failures.get(fd);
  failures.delete(fd);
  return err;
}

/**
 * Wake the writer if it went idle: the only message producers send, carrying nothing (a busy
 * writer takes new entries as it finds them).
 */
function wake(w: Writer): void {
  if (Atomics.compareExchange(w.state, IDLE, 1, 0) === 1) w.worker.postMessage(null);
}

/** Block until `done` holds, waking whenever the writer finishes a write. */
function waitUntil(w: Writer, done: () => boolean): void {
  if (!done()) wake(w);
  while (!done()) {
    const seen = Atomics.load(w.state, WRITTEN);
    if (done()) break;
    Atomics.wait(w.state, WRITTEN, seen, 1000);
  }
}

/** Write all of `data` at the descriptor's position (`writeSync` may write less than asked). */
export function writeAllSync(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  let off = 0;
  while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
}

/**
 * One open descriptor whose writes go to the writer thread. The caller owns the descriptor but
 * must close it through `close` (or `drain` first): a write still pending would otherwise land
 * on whatever file reuses the number.
 */
export class BackgroundFile {
  private readonly w = started();
  private failed: Error | undefined;
  private closed = false;
  /** Hashing here, when there is no writer thread. */
  private readonly local: Digester | undefined;

  /** `hashed`: keep the SHA-256 and size of every byte written, which `close` returns. */
  constructor(
    readonly fd: number,
    private readonly hashed = false,
  ) {
    if (!hashed) return;
    if (this.w) this.post(this.entry(this.w), HASH_START, 0);
    else this.local = new Digester();
  }

  /** Hand `data` over; the caller may reuse a buffer at once (it is copied into the ring). */
  write(data: string | Uint8Array): void {
    if (data.length === 0) return;
    const w = this.w;
    if (!w) {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      this.local?.update(bytes);
      writeAllSync(this.fd, bytes);
      return;
    }
    this.check();
    if (typeof data === 'string') {
      let rest = data;
      while (rest.length) {
        const n = this.entry(w);
        const at = (n % SLOTS) * SLOT;
        // Stops before a character that does not fit whole, so no character is split between slots.
        const { read, written } = encoder.encodeInto(rest, w.ring.subarray(at, at + SLOT));
        this.post(n, WRITE, written);
        rest = read < rest.length ? rest.slice(read) : '';
      }
    } else
      for (let at = 0; at < data.length; at += SLOT) {
        const n = this.entry(w);
        const piece = data.subarray(at, at + SLOT);
        w.ring.set(piece, (n % SLOTS) * SLOT);
        this.post(n, WRITE, piece.length);
      }
  }

  /** Wait until every write handed over is on disk (in the page cache); throws the first that failed. */
  drain(): void {
    const w = this.w;
    if (w) {
      const posted = Atomics.load(w.state, POSTED);
      waitUntil(w, () => Atomics.load(w.state, WRITTEN) >= posted);
    }
    this.check();
  }

  /** Every write done, the descriptor closed; a hashed file's digest. */
  close(): FileDigest | undefined {
    try {
      this.drain();
      return this.hashed ? this.digest() : undefined;
    } finally {
      this.closed = true;
      closeSync(this.fd);
    }
  }

  /**
   * The file is being thrown away: its writes are waited for (their errors no longer matter) and
   * the descriptor closed, unless a `close` that failed already closed it; closing the number
   * twice would throw EBADF over the error that mattered, or close a file that reuses the number.
   */
  discard(): void {
    if (this.closed) return;
    try {
      this.drain();
    } catch {
      // Discarded: its write errors no longer matter.
    }
    this.closed = true;
    closeSync(this.fd);
  }

  private digest(): FileDigest {
    const w = this.w;
    if (!w) return this.local!.digest();
    this.post(this.entry(w), HASH_END, 0);
    this.drain();
    // The answer was sent before the writer counted the message done, so it is waiting now.
    for (let m = receiveMessageOnPort(w.digests); m; m = receiveMessageOnPort(w.digests)) {
      const { fd, sha256, bytes } = m.message as HashAnswer;
      if (fd === this.fd) return { sha256, bytes };
    }
    throw new Error(`the writer thread sent no digest for descriptor ${this.fd}; this is a bug in annexa`);
  }

  /** The number of the next entry, once the writer has emptied its slot (waiting while the whole ring is in flight). */
  private entry(w: Writer): number {
    const n = Atomics.load(w.state, POSTED);
    waitUntil(w, () => Atomics.load(w.state, WRITTEN) > n - SLOTS);
    return n;
  }

  /** Publish entry `n`, its slot already filled. */
  private post(n: number, kind: number, size: number): void {
    const w = this.w!;
    const e = (n % SLOTS) * ENTRY;
    w.entries[e] = kind;
    w.entries[e + 1] = this.fd;
    w.entries[e + 2] = size;
    Atomics.store(w.state, POSTED, n + 1);
    // Written at once, not when the file is drained: a full disk is then heard of at the file's next write.
    wake(w);
  }

  private check(): void {
    // Always taken, even once failed: a later write's failure left behind would be thrown to the
    // next file that reuses the descriptor number.
    const w = this.w;
    const late = w ? failureOf(w, this.fd) : undefined;
    this.failed ??= late;
    if (!this.failed) return;
    if (w) {
      // Nothing of this file may still be in flight once the caller hears of the failure: it may
      // close the descriptor at once, and a piece written after that would fail under a number
      // another file gets next.
      const posted = Atomics.load(w.state, POSTED);
      waitUntil(w, () => Atomics.load(w.state, WRITTEN) >= posted);
      failureOf(w, this.fd);
    }
    throw this.failed;
  }
}
