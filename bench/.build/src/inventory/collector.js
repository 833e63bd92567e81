import { failed } from '../model/fetched.js';
export function api(name, ...actions) {
  return { api: name, actions: actions.length ? actions : [name] };
}
/** Thrown by `need` so a dependent key inherits the original error (API, action, kind). */
export class DependencyFailed extends Error {
  error;
  constructor(error) {
    super(error.message);
    this.error = error;
    this.name = 'DependencyFailed';
  }
}
/**
 * Per-resource calls started at once by one key. The pools bound how many are in flight;
 * this bounds how many are *started*: an SDK `send` builds its request and middleware chain
 * before it queues for a pool slot, so fanning out over 10,000 buckets at once held 10,000
 * of them in memory. A window comfortably above the pools' widths keeps the pools full.
 */
export const PER_RESOURCE_WINDOW = 32;
/** One call per resource, results keyed by id. Each failure stays on its resource. */
export async function perResource(items, idOf, fn) {
  const out = {};
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      out[idOf(item)] = await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PER_RESOURCE_WINDOW, items.length) }, worker));
  // Keys in input order, as before, so snapshots stay byte-for-byte stable.
  return Object.fromEntries(items.map((item) => [idOf(item), out[idOf(item)]]));
}
/** An answer that came back but cannot be read as a fact (a missing field, a malformed document). */
export function unreadable(spec, message) {
  return failed({ kind: 'unknown', api: spec.api, action: spec.actions.join(', '), message });
}
