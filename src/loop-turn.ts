/**
 * Points where long synchronous work lets the event loop turn. A signal's handler (see
 * `cleanup.ts`) runs only then: without them a Ctrl-C or SIGTERM during the evaluation of a
 * large snapshot waited for the whole run. Turning costs microseconds; checking whether one is
 * due costs a clock read, so the hot loop may ask once per item.
 */

/** Synchronous work between turns at most, where a check or a snapshot read is not longer. */
const SLICE_MS = 50;

let last = performance.now();

/** Whether the work since the last turn has run long enough to turn now. */
export function turnDue(): boolean {
  return performance.now() - last >= SLICE_MS;
}

/** Let the event loop turn once (timers, signals, I/O callbacks), then carry on. */
export async function turn(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  last = performance.now();
}
