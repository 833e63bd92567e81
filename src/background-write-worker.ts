/**
 * The writer thread of `background-write.ts`: writes the ring's entries in order, counting them in
 * shared memory. A message only wakes it; it then takes every entry published, and goes idle
 * (and asks to be woken) when none is left.
 */
import { createHash, type Hash } from 'node:crypto';
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import {
  ENTRY,
  FAILED,
  HASH_END,
  HASH_START,
  type HashAnswer,
  IDLE,
  POSTED,
  SLOT,
  SLOTS,
  WRITTEN,
  type WriteFailure,
  writeAllSync,
} from './background-write.js';

const { state, ring, entries, errors, digests } = workerData as {
  state: Int32Array;
  ring: Uint8Array;
  entries: Int32Array;
  errors: MessagePort;
  digests: MessagePort;
};

/** Running hashes of the files that asked for one, by descriptor. */
const hashes = new Map<number, { hash: Hash; bytes: number }>();

function handle(n: number, kind: number, fd: number, size: number): void {
  if (kind === HASH_START) hashes.set(fd, { hash: createHash('sha256'), bytes: 0 });
  else if (kind === HASH_END) {
    const h = hashes.get(fd) ?? { hash: createHash('sha256'), bytes: 0 };
    hashes.delete(fd);
    const answer: HashAnswer = { fd, sha256: h.hash.digest('hex'), bytes: h.bytes };
    digests.postMessage(answer);
  } else {
    const at = (n % SLOTS) * SLOT;
    const bytes = ring.subarray(at, at + size);
    const h = hashes.get(fd);
    if (h) {
      h.hash.update(bytes);
      h.bytes += bytes.length;
    }
    writeAllSync(fd, bytes);
  }
}

let done = 0;

function drain(): void {
  for (;;) {
    for (let posted = Atomics.load(state, POSTED); done < posted; done++) {
      const e = (done % SLOTS) * ENTRY;
      const fd = entries[e + 1]!;
      try {
        handle(done, entries[e]!, fd, entries[e + 2]!);
      } catch (err) {
        const x = err as NodeJS.ErrnoException;
        const f: WriteFailure = { fd, message: x.message, ...(x.code ? { code: x.code } : {}) };
        errors.postMessage(f);
        Atomics.store(state, FAILED, 1);
      }
      Atomics.store(state, WRITTEN, done + 1);
      Atomics.notify(state, WRITTEN);
    }
    // Idle, then look again: an entry published before the flag was seen would otherwise wait for no wake.
    Atomics.store(state, IDLE, 1);
    if (Atomics.load(state, POSTED) === done || Atomics.compareExchange(state, IDLE, 1, 0) !== 1) return;
  }
}

parentPort!.on('message', drain);
drain();
