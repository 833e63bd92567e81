/**
 * Evidence keeps facts, never secrets: evidence items (`redactItem`), observed facts and bundle
 * excerpts (`redact`), cloud tags (`redactLabels`). The text rules live in
 * `src/redaction/` so the inventory layer (saved snapshots, collector errors) can use them too.
 */
import type { EvidenceItem } from '../model/evidence.js';
import { REDACTED, redactIdentifier, redactText } from '../redaction/secret-patterns.js';
import { redactError } from '../redaction/snapshot.js';

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

type NameKind = 'secret' | 'environment' | 'plain';
// Field names repeat across millions of facts; each is classified once.
const nameKinds = new Map<string, NameKind>();
function nameKind(name: string): NameKind {
  let k = nameKinds.get(name);
  if (!k) {
    k = SECRET_NAME.test(name) || ENV_SECRET_NAME.test(name) ? 'secret' : ENV_NAME.test(name) ? 'environment' : 'plain';
    if (nameKinds.size >= 10_000) nameKinds.clear();
    nameKinds.set(name, k);
  }
  return k;
}
const secretName = (name: string): boolean => nameKind(name) === 'secret';

/**
 * Observed facts and excerpts: secret-named fields lose their value; strings lose secret shapes.
 * What needs no change is returned as it was (most facts), so redaction allocates only for secrets.
 */
export function redact(value: unknown, name = ''): unknown {
  const kind = name === '' ? 'plain' : nameKind(name);
  if (kind === 'secret' && value !== null && typeof value !== 'boolean' && typeof value !== 'number') return REDACTED;
  if (kind === 'environment' && value !== null && typeof value === 'object') return REDACTED;
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = redact(value[i], name);
      if (v !== value[i]) (out ??= value.slice())[i] = v;
    }
    return out ?? value;
  }
  if (value && typeof value === 'object') {
    let out: Record<string, unknown> | undefined;
    for (const k in value) {
      if (!Object.hasOwn(value, k)) continue;
      const before = (value as Record<string, unknown>)[k];
      const v = redact(before, k);
      if (v !== before) (out ??= { ...(value as Record<string, unknown>) })[k] = v;
    }
    return out ?? value;
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

/**
 * One evidence item as it is built. The title is annexa's own text and stays; identifiers get
 * only the unmistakable shapes, so ordinary ids and ARNs survive (the item id was hashed from
 * the raw resource id before this).
 */
export function redactItem(item: EvidenceItem): EvidenceItem {
  const r = item.resource;
  const id = redactIdentifier(r.id);
  const name = redactText(r.name);
  const arn = r.arn !== undefined ? redactIdentifier(r.arn) : undefined;
  const message = redactText(item.message);
  const observed = redact(item.observed) as Record<string, unknown>;
  const error = item.error ? redactError(item.error) : undefined;
  // Nearly every item holds no secret: it is returned as it was, which spares millions of copies.
  const resourceSame = id === r.id && name === r.name && arn === r.arn;
  if (resourceSame && message === item.message && observed === item.observed && error === item.error) return item;
  return {
    ...item,
    resource: resourceSame ? r : { ...r, id, name, ...(arn !== undefined ? { arn } : {}) },
    message,
    observed,
    ...(error ? { error } : {}),
  };
}
