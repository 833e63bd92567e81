/**
 * Large files written from a thread of their own. On these machines the kernel spends about 2 s
 * of CPU per GB written, and the writers of a million-resource run (the items spool, the result,
 * the excerpts) are synchronous: each write stopped the main thread. Here a write hands its data
 * to one writer thread and returns; `close` waits (blocking, on a shared counter) until every
 * write of the process is done, then closes the descriptor. Strings are encoded in that thread
 * too. Without the compiled worker module (tests run from the sources) writes are synchronous.
 */
import { closeSync, existsSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';

const WORKER = new URL('./background-write-worker.js', import.meta.url);
/** Bytes (string units for text) handed over and not yet written: a producer waits past this. */
const IN_FLIGHT = 32 * 2 ** 20;

/** Slots of the shared state. */
export const POSTED = 0;
export const WRITTEN = 1;
export const PENDING_BYTES = 2;
export const FAILED = 3;

/** A write the writer thread could not do: the descriptor and the system error, to throw in the caller. */
export interface WriteFailure {
  fd: number;
  code?: string;
  message: string;
}

interface Writer {
  worker: Worker;
  state: Int32Array;
  errors: MessagePort;
}

let writer: Writer | null | undefined;

function started(): Writer | null {
  if (writer !== undefined) return writer;
  if (!existsSync(fileURLToPath(WORKER))) return (writer = null);
  const state = new Int32Array(new SharedArrayBuffer(4 * 4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER, { workerData: { state, errors: port2 }, transferList: [port2] });
  // Idle, it must not keep the process alive; every file is drained before it is closed anyway.
  worker.unref();
  port1.unref();
  writer = { worker, state, errors: port1 };
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

/** Block until `done` holds, waking whenever the writer finishes a write. */
function waitUntil(w: Writer, done: () => boolean): void {
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

  constructor(readonly fd: number) {}

  /**
   * Hand `data` over. A `Uint8Array` is copied, so the caller may reuse its buffer at once, unless
   * `owned` says the caller is done with it: a buffer spanning its whole memory is then moved.
   */
  write(data: string | Uint8Array, owned = false): void {
    if (data.length === 0) return;
    const w = this.w;
    if (!w) {
      writeAllSync(this.fd, data);
      return;
    }
    this.check();
    waitUntil(w, () => Atomics.load(w.state, PENDING_BYTES) < IN_FLIGHT);
    const size = data.length;
    Atomics.add(w.state, PENDING_BYTES, size);
    Atomics.add(w.state, POSTED, 1);
    if (typeof data === 'string') w.worker.postMessage({ fd: this.fd, data, size });
    else {
      const whole = owned && data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer;
      const moved = whole ? data : new Uint8Array(data);
      w.worker.postMessage({ fd: this.fd, data: moved, size }, [moved.buffer as ArrayBuffer]);
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

  close(): void {
    try {
      this.drain();
    } finally {
      closeSync(this.fd);
    }
  }

  private check(): void {
    // Always taken, even once failed: a later write's failure left behind would be thrown to the
    // next file that reuses the descriptor number (drain waits for every write, so none comes after).
    const late = this.w ? failureOf(this.w, this.fd) : undefined;
    this.failed ??= late;
    if (this.failed) throw this.failed;
  }
}
