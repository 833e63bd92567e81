/**
 * How far V8 lets the heap grow between full collections while a scan collects.
 *
 * On a machine with plenty of memory V8 lets the heap grow to up to four times what was live
 * after the last full collection before it collects again. A scan's live set (the inventory)
 * grows steadily while every SDK request leaves short-lived garbage behind, so by the end of a
 * large scan hundreds of megabytes are garbage V8 has not yet collected: 100,000 resources
 * peaked at 592 MB RSS with 120 MB live. While collecting, the heap may grow by 30% of its
 * live set instead (measured: 343 MB peak on Node 20, 376 MB on Node 22, at the same CPU time:
 * the marking runs concurrently and a scan mostly waits on the network; 50% left Node 22 at
 * 407 MB). The heap's maximum is untouched, and V8's own growth returns when the last
 * collection ends, so evaluation keeps its throughput.
 *
 * A growth the user set (`--heap-growing-percent` in the node flags or NODE_OPTIONS) is theirs.
 */
import { setFlagsFromString } from 'node:v8';

const COLLECTING_GROWTH_PERCENT = 30;
/** V8's own choice, by heap size and collection speed. */
const V8_DEFAULT = 0;

let active = 0;

function userSetGrowth(): boolean {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  return /heap[-_]growing[-_]percent/.test(flags);
}

/** Whether a collection is bounding the heap's growth now (for tests). */
export function heapGrowthBounded(): boolean {
  return active > 0;
}

/** Runs `collect` with the heap's growth bounded; nested and concurrent runs share one setting. */
export async function withBoundedHeapGrowth<T>(collect: () => Promise<T>): Promise<T> {
  const mine = !userSetGrowth();
  if (mine && active++ === 0) setFlagsFromString(`--heap-growing-percent=${COLLECTING_GROWTH_PERCENT}`);
  try {
    return await collect();
  } finally {
    if (mine && --active === 0) setFlagsFromString(`--heap-growing-percent=${V8_DEFAULT}`);
  }
}

/** The same bound around synchronous work: evaluation of a large snapshot file, account by account. */
export function withBoundedHeapGrowthSync<T>(work: () => T): T {
  const mine = !userSetGrowth();
  if (mine && active++ === 0) setFlagsFromString(`--heap-growing-percent=${COLLECTING_GROWTH_PERCENT}`);
  try {
    return work();
  } finally {
    if (mine && --active === 0) setFlagsFromString(`--heap-growing-percent=${V8_DEFAULT}`);
  }
}
