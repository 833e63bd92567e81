/** The writer thread of `background-write.ts`: writes each handed-over chunk in order, counting them in shared memory. */
import { createHash, type Hash } from 'node:crypto';
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import {
  FAILED,
  type HashAnswer,
  PENDING_BYTES,
  WRITTEN,
  type WriteFailure,
  type WriterMessage,
  writeAllSync,
} from './background-write.js';

const { state, errors, digests } = workerData as { state: Int32Array; errors: MessagePort; digests: MessagePort };

/** Running hashes of the files that asked for one, by descriptor. */
const hashes = new Map<number, { hash: Hash; bytes: number }>();

/** Text is encoded into one reused buffer (a fresh one per chunk costs the kernel mapping it). */
const text = Buffer.allocUnsafe(1 << 20);
function encoded(s: string): Uint8Array {
  // A UTF-16 unit is at most 3 bytes of UTF-8.
  return s.length * 3 <= text.length ? text.subarray(0, text.write(s)) : Buffer.from(s);
}

function handle(m: WriterMessage): void {
  if ('hash' in m) {
    if (m.hash === 'start') hashes.set(m.fd, { hash: createHash('sha256'), bytes: 0 });
    else {
      const h = hashes.get(m.fd) ?? { hash: createHash('sha256'), bytes: 0 };
      hashes.delete(m.fd);
      const answer: HashAnswer = { fd: m.fd, sha256: h.hash.digest('hex'), bytes: h.bytes };
      digests.postMessage(answer);
    }
    return;
  }
  const bytes = typeof m.data === 'string' ? encoded(m.data) : m.data;
  const h = hashes.get(m.fd);
  if (h) {
    h.hash.update(bytes);
    h.bytes += bytes.length;
  }
  writeAllSync(m.fd, bytes);
}

parentPort!.on('message', (m: WriterMessage) => {
  try {
    handle(m);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const f: WriteFailure = { fd: m.fd, message: e.message, ...(e.code ? { code: e.code } : {}) };
    errors.postMessage(f);
    Atomics.store(state, FAILED, 1);
  }
  if ('size' in m) Atomics.sub(state, PENDING_BYTES, m.size);
  Atomics.add(state, WRITTEN, 1);
  Atomics.notify(state, WRITTEN);
});
