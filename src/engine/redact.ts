/**
 * Evidence keeps facts, never secrets. Everything that leaves the process passes through here
 * once: evidence items (`redactItem`), snapshots as they are saved (`redactSnapshot`), provider
 * error messages and notes (`redactText`), and every printed line (the CLI's io).
 */
import type { EvidenceItem } from '../model/evidence.js';
import type { FetchError } from '../model/fetched.js';
import type { Snapshot } from '../model/snapshot.js';
import { REDACTED, redactIdentifier, redactText } from './secret-patterns.js';

export { REDACTED, redactIdentifier, redactText };

// Names that hold a secret value; facts about secrets (passwordLastUsed, tokenExpiry) stay.
const SECRET_NAME =
  /(^secret|secret$|password$|passwd$|^pwd$|(^|[_-])pass$|passphrase$|token$|credentials?$|private_?key$|api_?key$|(primary|secondary|account|shared|access|signing|master|client)_?key$|connection_?string$|^authorization$|^cookie$)/i;
// Environment-variable style names (`STRIPE_KEY`, `DB_PASS`): upper case only, so a `kmsKey`
// field (a key's ARN, a fact) keeps its value.
const ENV_SECRET_NAME = /^[A-Z0-9_]*_(KEY|PASS|PWD)$/;
// Environment variables (Lambda `Environment.Variables`, container `environment` lists). Only
// objects and lists are redacted: a plain string under these names is a tag such as `environment: prod`.
const ENV_NAME = /^(environment|env|variables|environmentvariables)$/i;

const secretName = (name: string): boolean => SECRET_NAME.test(name) || ENV_SECRET_NAME.test(name);

/** Observed facts and excerpts: secret-named fields lose their value; strings lose secret shapes. */
export function redact(value: unknown, name = ''): unknown {
  if (secretName(name) && value !== null && typeof value !== 'boolean' && typeof value !== 'number') return REDACTED;
  if (ENV_NAME.test(name) && value !== null && typeof value === 'object') return REDACTED;
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((v) => redact(v, name));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, k)]));
  }
  return value;
}

/**
 * Free-text labels such as cloud tags, before they are stored: a secret-named label or a
 * secret-looking value is redacted; `environment: prod` is a label and stays.
 */
export function redactLabels(labels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, secretName(k) ? REDACTED : redactText(v)]));
}

/** A provider's error as it is stored and shown: the message loses secret shapes. */
export function redactError<E extends FetchError>(error: E): E {
  const message = redactText(error.message);
  return message === error.message ? error : { ...error, message };
}

/**
 * One evidence item as it is built. The title is annexa's own text and stays; identifiers get
 * only the unmistakable shapes, so ordinary ids and ARNs survive (the item id was hashed from
 * the raw resource id before this).
 */
export function redactItem(item: EvidenceItem): EvidenceItem {
  const r = item.resource;
  return {
    ...item,
    resource: {
      ...r,
      id: redactIdentifier(r.id),
      name: redactText(r.name),
      ...(r.arn !== undefined ? { arn: redactIdentifier(r.arn) } : {}),
    },
    message: redactText(item.message),
    observed: redact(item.observed) as Record<string, unknown>,
    ...(item.error ? { error: redactError(item.error) } : {}),
  };
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
