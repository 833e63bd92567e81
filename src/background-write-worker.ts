/** The writer thread of `background-write.ts`: writes each handed-over chunk in order, counting them in shared memory. */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { FAILED, PENDING_BYTES, WRITTEN, type WriteFailure, writeAllSync } from './background-write.js';

const { state, errors } = workerData as { state: Int32Array; errors: MessagePort };

parentPort!.on('message', ({ fd, data, size }: { fd: number; data: string | Uint8Array; size: number }) => {
  try {
    writeAllSync(fd, data);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const f: WriteFailure = { fd, message: e.message, ...(e.code ? { code: e.code } : {}) };
    errors.postMessage(f);
    Atomics.store(state, FAILED, 1);
  }
  Atomics.sub(state, PENDING_BYTES, size);
  Atomics.add(state, WRITTEN, 1);
  Atomics.notify(state, WRITTEN);
});
