/**
 * The smallest part of each collected API answer that supports one evidence item: the
 * entries about its resource, not the whole inventory value.
 */
import { createHash } from 'node:crypto';
import { redact } from '../engine/redact.js';
import type { EvidenceItem, EvidenceSource } from '../model/evidence.js';
import type { FetchError } from '../model/fetched.js';
import type { Snapshot } from '../model/snapshot.js';

/** Account-level values up to this size are kept whole; larger ones are summarised by hash. */
export const WHOLE_VALUE_LIMIT = 16_384;

/**
 * How the excerpt was cut: `resource` (the parts naming the resource), `related` (the parts
 * naming something the check observed about it, such as a trail's bucket), `whole` (a small
 * account-level value), `omitted` (too large and nothing names the resource), `error` (the
 * call failed; the error is the evidence) or `missing` (the snapshot lacks the entry).
 */
export type ExcerptMatch = 'resource' | 'related' | 'whole' | 'omitted' | 'error' | 'missing';

export interface SourceExcerpt extends EvidenceSource {
  match: ExcerptMatch;
  value?: unknown;
  error?: FetchError;
  /** For `omitted`: size and SHA-256 of the value's JSON, to tie it to the saved snapshot. */
  bytes?: number;
  sha256?: string;
}

export interface ItemExcerpt {
  itemId: string;
  checkId: string;
  resource: EvidenceItem['resource'];
  sources: SourceExcerpt[];
}

type Json = unknown;

function isRecord(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Names the resource goes by: its id, ARN, name, and the last path segment of its ARN. */
export function resourceNames(r: EvidenceItem['resource']): Set<string> {
  const names = new Set([r.id, r.name, ...(r.arn ? [r.arn] : [])]);
  for (const arn of [r.id, r.arn]) {
    const tail = arn?.startsWith('arn:') ? arn.split('/').slice(1).join('/') : '';
    if (tail) names.add(tail);
  }
  // An account id alone names no particular resource (it is every VPC's owner, for one).
  names.delete(r.account);
  names.delete('');
  return names;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T/;

/**
 * Identifier-like strings among the facts a check observed (bucket names, key ARNs, ids):
 * they lead to the other resources the verdict depended on. Words such as `ENABLED` are not
 * identifiers and would match every element with that status, so they are left out.
 */
export function observedNames(observed: unknown, into = new Set<string>()): Set<string> {
  if (typeof observed === 'string') {
    if (observed.length >= 3 && /[-:/.\d]/.test(observed) && !ISO_TIME.test(observed)) into.add(observed);
  } else if (Array.isArray(observed)) {
    for (const v of observed) observedNames(v, into);
  } else if (isRecord(observed)) {
    for (const v of Object.values(observed)) observedNames(v, into);
  }
  return into;
}

/**
 * Which elements of an array name which strings (the element itself, or one of its string fields),
 * built once per array: excerpting 100k items then looks names up instead of scanning each list
 * once per item, which made bundles quadratic in the number of resources.
 */
const arrayIndexes = new WeakMap<Json[], Map<string, number[]>>();

function arrayIndex(arr: Json[]): Map<string, number[]> {
  let index = arrayIndexes.get(arr);
  if (!index) {
    index = new Map();
    const add = (s: string, i: number): void => {
      const at = index!.get(s);
      if (!at) index!.set(s, [i]);
      else if (at[at.length - 1] !== i) at.push(i);
    };
    arr.forEach((v, i) => {
      if (typeof v === 'string') add(v, i);
      else if (isRecord(v)) for (const x of Object.values(v)) if (typeof x === 'string') add(x, i);
    });
    arrayIndexes.set(arr, index);
  }
  return index;
}

/**
 * The parts of `value` about the resource, or undefined when nothing names it.
 * Arrays keep their matching elements; maps keep their matching keys; other objects keep
 * their scalar fields (context such as `generatedAt`) and the matching parts of their children.
 */
export function pick(value: Json, names: Set<string>): Json | undefined {
  if (Array.isArray(value)) {
    const index = arrayIndex(value);
    const at = new Set<number>();
    for (const n of names) for (const i of index.get(n) ?? []) at.add(i);
    return at.size ? [...at].sort((a, b) => a - b).map((i) => value[i]) : undefined;
  }
  if (!isRecord(value)) return undefined;
  const keyed = [...names].filter((k) => Object.hasOwn(value, k));
  if (keyed.length) {
    // In the value's own key order, as before.
    const want = new Set(keyed);
    return Object.fromEntries(
      Object.keys(value).length <= keyed.length * 4 ? Object.entries(value).filter(([k]) => want.has(k)) : keyed.map((k) => [k, value[k]]),
    );
  }
  const out: Record<string, Json> = {};
  let found = false;
  for (const [k, v] of Object.entries(value)) {
    if (v !== null && typeof v === 'object') {
      const sub = pick(v, names);
      if (sub !== undefined) {
        out[k] = sub;
        found = true;
      }
    } else {
      out[k] = v;
    }
  }
  return found ? out : undefined;
}

/** Size and hash of a large value's JSON, computed once per value however many items cite it. */
const digests = new WeakMap<object, { bytes: number; sha256: string; whole: boolean }>();

function digest(value: Json): { bytes: number; sha256: string; whole: boolean } {
  const key = typeof value === 'object' && value !== null ? value : undefined;
  const known = key && digests.get(key);
  if (known) return known;
  const json = JSON.stringify(value) ?? 'null';
  const d = {
    bytes: Buffer.byteLength(json),
    sha256: createHash('sha256').update(json).digest('hex'),
    whole: json.length <= WHOLE_VALUE_LIMIT,
  };
  if (key) digests.set(key, d);
  return d;
}

function excerptSource(snapshot: Snapshot | undefined, source: EvidenceSource, names: Set<string>, related: Set<string>): SourceExcerpt {
  const entry = snapshot?.inventory[source.key]?.[source.scope];
  if (!entry) return { ...source, match: 'missing' };
  if (!entry.result.ok) return { ...source, match: 'error', error: redact(entry.result.error) as FetchError };
  const value = entry.result.value;
  const hit = pick(value, names);
  if (hit !== undefined) return { ...source, match: 'resource', value: redact(hit) };
  const near = related.size ? pick(value, related) : undefined;
  if (near !== undefined) return { ...source, match: 'related', value: redact(near) };
  const d = digest(value);
  if (d.whole) return { ...source, match: 'whole', value: redact(value) };
  return { ...source, match: 'omitted', bytes: d.bytes, sha256: d.sha256 };
}

export type SnapshotIndex = (provider: string, account: string) => Snapshot | undefined;

export function snapshotIndex(snapshots: readonly Snapshot[]): SnapshotIndex {
  const by = new Map(snapshots.map((s) => [`${s.provider}/${s.account.id}`, s]));
  return (provider, account) => by.get(`${provider}/${account}`);
}

export function itemExcerpt(item: EvidenceItem, find: SnapshotIndex): ItemExcerpt {
  const snapshot = find(item.resource.provider, item.resource.account);
  const names = resourceNames(item.resource);
  const related = observedNames(item.observed);
  for (const n of names) related.delete(n);
  related.delete(item.resource.account);
  return {
    itemId: item.id,
    checkId: item.checkId,
    resource: item.resource,
    sources: item.sources.map((s) => excerptSource(snapshot, s, names, related)),
  };
}
