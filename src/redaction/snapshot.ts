/**
 * Redaction below the engine: provider error messages as they are classified, and snapshots as
 * they are saved. The inventory layer imports this; it imports only the model.
 */
import type { FetchError } from '../model/fetched.js';
import type { Snapshot } from '../model/snapshot.js';
import { redactIdentifier, redactText } from './secret-patterns.js';

/** A provider's error as it is stored and shown: the message loses secret shapes. */
export function redactError<E extends FetchError>(error: E): E {
  const message = redactText(error.message);
  return message === error.message ? error : { ...error, message };
}

/**
 * Every string in a value with secret shapes removed; object keys (resource ids) get the
 * identifier shapes only. Unchanged parts are returned as they were, so a clean snapshot of a
 * million strings costs no copy. Secret-named fields are NOT blanked here: inventory values are
 * what checks judge on when the snapshot is evaluated again, and collectors already keep names
 * rather than values where secrets live (Lambda and ECS environments).
 */
function scrub(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = scrub(value[i]);
      if (v !== value[i]) (out ??= value.slice())[i] = v;
    }
    return out ?? value;
  }
  if (value && typeof value === 'object') {
    let changed = false;
    const entries = Object.entries(value).map(([k, v]) => {
      const key = redactIdentifier(k);
      const next = scrub(v);
      if (key !== k || next !== v) changed = true;
      return [key, next] as const;
    });
    return changed ? Object.fromEntries(entries) : value;
  }
  return value;
}

/** A snapshot as it leaves the process (saved to a file): notes, error messages and values scrubbed. */
export function redactSnapshot(snapshot: Snapshot): Snapshot {
  const notes = snapshot.notes.map(redactText);
  const inventory = scrub(snapshot.inventory) as Snapshot['inventory'];
  const alias = snapshot.account.alias;
  return {
    ...snapshot,
    ...(alias !== undefined ? { account: { ...snapshot.account, alias: redactText(alias) } } : {}),
    inventory,
    notes,
  };
}
