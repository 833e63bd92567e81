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

/** What follows the first `/` of an ARN (`key/k-1` → `k-1`), or '' for anything else. */
function arnPath(arn: string | undefined): string {
  if (!arn?.startsWith('arn:')) return '';
  const slash = arn.indexOf('/');
  return slash < 0 ? '' : arn.slice(slash + 1);
}

/** Names the resource goes by: its id, ARN, name, and the last path segment of its ARN. */
export function resourceNames(r: EvidenceItem['resource']): Set<string> {
  const names = new Set<string>().add(r.id).add(r.name);
  if (r.arn) names.add(r.arn);
  for (const tail of [arnPath(r.id), arnPath(r.arn)]) if (tail) names.add(tail);
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
const arrayIndexes = new WeakMap<Json[], Map<string, number | number[]>>();

/** The positions a string is found at: most strings name one element, so a lone position is kept bare (less memory per string). */
function arrayIndex(arr: Json[]): Map<string, number | number[]> {
  let index = arrayIndexes.get(arr);
  if (!index) {
    index = new Map();
    const add = (s: string, i: number): void => {
      const at = index!.get(s);
      if (at === undefined) index!.set(s, i);
      else if (typeof at === 'number') {
        if (at !== i) index!.set(s, [at, i]);
      } else if (at[at.length - 1] !== i) at.push(i);
    };
    arr.forEach((v, i) => {
      if (typeof v === 'string') add(v, i);
      else if (isRecord(v)) for (const x of Object.values(v)) if (typeof x === 'string') add(x, i);
    });
    arrayIndexes.set(arr, index);
  }
  return index;
}

/** Keys of a map, counted once: a map of every bucket is looked up once per bucket's item. */
const keyCounts = new WeakMap<object, number>();

function keyCount(value: Record<string, Json>): number {
  let n = keyCounts.get(value);
  if (n === undefined) {
    n = Object.keys(value).length;
    keyCounts.set(value, n);
  }
  return n;
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
    for (const n of names) {
      const where = index.get(n);
      if (typeof where === 'number') at.add(where);
      else if (where) for (const i of where) at.add(i);
    }
    return at.size ? [...at].sort((a, b) => a - b).map((i) => value[i]) : undefined;
  }
  if (!isRecord(value)) return undefined;
  const keyed = [...names].filter((k) => Object.hasOwn(value, k));
  if (keyed.length) {
    // In the value's own key order, as before.
    const want = new Set(keyed);
    return Object.fromEntries(
      keyCount(value) <= keyed.length * 4 ? Object.entries(value).filter(([k]) => want.has(k)) : keyed.map((k) => [k, value[k]]),
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

/**
 * One resource's redacted `pick` from one value as JSON (undefined when nothing names it), with
 * the names it was cut by besides its id. The JSON, not the pick, is remembered: the resource's
 * other items then write it as it is instead of stringifying the same pick once per check.
 */
interface Picked {
  name: string;
  arn: string | undefined;
  json: string | undefined;
}

/**
 * Picks remembered per snapshot. At 100k resources every resource is remembered (~180k picks,
 * ~71M characters of JSON, ~80 MB of heap); a larger account stops remembering past either limit,
 * so memory stays bounded and later items are cut as before.
 */
const PICKS_REMEMBERED = 250_000;
/** And their JSON, in UTF-16 code units: a few large picks (policy documents) must not hold the heap either. */
const PICK_CHARS_REMEMBERED = 96 * 1024 * 1024;

/** Values of up to this many objects, arrays and scalars are cut per item, not remembered. */
const SMALL_VALUE = 256;

/** Nodes in `value`, counting stops past `limit`. */
function countNodes(value: Json, limit: number): number {
  let n = 1;
  if (value !== null && typeof value === 'object')
    for (const v of Array.isArray(value) ? value : Object.values(value)) {
      n += countNodes(v, limit - n);
      if (n > limit) break;
    }
  return n;
}

/**
 * Every key and string in `value`, at any depth: `pick` matches names only against keys and
 * strings, so a value holding none of a resource's names has nothing to cut for it.
 */
function strings(value: Json, into: Set<string>): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (value !== null && typeof value === 'object') {
    if (!Array.isArray(value)) for (const k of Object.getOwnPropertyNames(value)) into.add(k);
    for (const v of Array.isArray(value) ? value : Object.values(value)) strings(v, into);
  }
  return into;
}

/** Makes V8 store a string built of parts as one flat string: converting it to a number reads it whole. */
function flatten(s: string): void {
  void Number(s);
}

/** Probes of what `redact` does to a container under a field name. */
const EMPTY_ARRAY: readonly unknown[] = Object.freeze([]);
const EMPTY_OBJECT: Readonly<Record<string, unknown>> = Object.freeze({});

/** Fields an excerpt adds to its source: a source already holding one is spread the slow way. */
const ADDED = ['match', 'value', 'error', 'bytes', 'sha256'] as const;

/** Open source JSON by source: evaluation shares one sources list among a check's items in a region. */
const openSources = new WeakMap<EvidenceSource, string | null>();

/** The source's JSON, open for the excerpt's own fields; null when it holds one of them already. */
function openSource(source: EvidenceSource): string | null {
  let open = openSources.get(source);
  if (open === undefined) {
    const json = JSON.stringify(source);
    open = ADDED.some((k) => Object.hasOwn(source, k)) ? null : json === '{}' ? '{' : `${json.slice(0, -1)},`;
    openSources.set(source, open);
  }
  return open;
}

/** The names of one item's resource, worked out at most once for all its sources. */
class ItemNames {
  private names: Set<string> | undefined;
  private related: Set<string> | undefined;

  constructor(private readonly item: EvidenceItem) {}

  own(): Set<string> {
    this.names ??= resourceNames(this.item.resource);
    return this.names;
  }

  /** What the check observed that names something else (`itemExcerpt`'s `related`). */
  others(): Set<string> {
    if (!this.related) {
      this.related = observedNames(this.item.observed);
      for (const n of this.own()) this.related.delete(n);
      this.related.delete(this.item.resource.account);
    }
    return this.related;
  }
}

/**
 * The excerpt lines of one snapshot's items, byte for byte `JSON.stringify(itemExcerpt(item))`.
 * A resource has one item per check, and each cites the same values: its redacted pick from a
 * value is cut once and shared by its other items, which a scan sees one check at a time.
 */
export class SnapshotExcerpts {
  private readonly find: SnapshotIndex;
  private readonly picks = new WeakMap<object, Map<string, Picked | Picked[]>>();
  private rememberedChars = 0;
  /** Per value: for a small one, every string that might name a resource in it; null for a large one. */
  private readonly smalls = new WeakMap<object, Set<string> | null>();
  /** Redacted parts of the snapshot's values, by the field name they were redacted under. */
  private readonly redactions = new WeakMap<object, { name: string; value: unknown }>();
  private remembered = 0;
  /** JSON of small account-level values cited whole, redacted once. */
  private readonly wholes = new WeakMap<object, string>();

  constructor(readonly snapshot: Snapshot) {
    this.find = snapshotIndex([snapshot]);
  }

  /** The item's excerpt as one JSON line (without its newline). */
  line(item: EvidenceItem): string {
    const r = item.resource;
    if (r.provider !== this.snapshot.provider || r.account !== this.snapshot.account.id || typeof item.id !== 'string')
      return JSON.stringify(itemExcerpt(item, this.find));
    const names = new ItemNames(item);
    let sources = '';
    for (const s of item.sources) {
      if (sources) sources += ',';
      sources += this.source(item, s, names);
    }
    return `{"itemId":${JSON.stringify(item.id)},"checkId":${JSON.stringify(item.checkId)},"resource":${JSON.stringify(r)},"sources":[${sources}]}`;
  }

  private source(item: EvidenceItem, s: EvidenceSource, names: ItemNames): string {
    const entry = this.snapshot.inventory[s.key]?.[s.scope];
    const value = entry?.result.ok ? entry.result.value : undefined;
    const open = openSource(s);
    if (value === null || typeof value !== 'object' || open === null)
      return JSON.stringify(excerptSource(this.snapshot, s, names.own(), names.others()));
    const hit = this.hit(value, item.resource, names);
    if (hit !== undefined) return `${open}"match":"resource","value":${hit}}`;
    const related = names.others();
    const near = related.size ? pick(value, related) : undefined;
    if (near !== undefined) return `${open}"match":"related","value":${JSON.stringify(this.redactPicked(near, value, ''))}}`;
    const d = digest(value);
    if (d.whole) return `${open}"match":"whole","value":${this.whole(value)}}`;
    return `${open}"match":"omitted","bytes":${d.bytes},"sha256":"${d.sha256}"}`;
  }

  /**
   * The JSON of the redacted parts of `value` naming the resource, or undefined; remembered per resource of a
   * large value (a small one is cut again, cheaply, rather than remembered for every resource).
   * Checks may name one resource differently (a security group's name with or without its id),
   * so a resource id keeps one pick per naming.
   */
  private hit(value: object, r: EvidenceItem['resource'], names: ItemNames): string | undefined {
    const small = this.small(value);
    if (small) {
      // Most resources appear in no small value (a policy catalogue, an account setting): no need to cut.
      for (const n of names.own()) if (small.has(n)) return this.cut(value, names);
      return undefined;
    }
    let byId = this.picks.get(value);
    // The account is the snapshot's (`line` checked it), so id, name and ARN give the names.
    const known = byId?.get(r.id);
    if (known !== undefined) {
      if (!Array.isArray(known)) {
        if (known.name === r.name && known.arn === r.arn) return known.json;
      } else for (const p of known) if (p.name === r.name && p.arn === r.arn) return p.json;
    }
    const json = this.cut(value, names);
    if (this.remembered < PICKS_REMEMBERED && this.rememberedChars < PICK_CHARS_REMEMBERED) {
      // JSON.stringify answers with a tree of string parts; the remembered copy is made flat (a quarter smaller).
      if (json !== undefined) flatten(json);
      if (!byId) this.picks.set(value, (byId = new Map()));
      const p: Picked = { name: r.name, arn: r.arn, json };
      byId.set(r.id, known === undefined ? p : Array.isArray(known) ? [...known, p] : [known, p]);
      this.remembered++;
      this.rememberedChars += json?.length ?? 0;
    }
    return json;
  }

  private cut(value: object, names: ItemNames): string | undefined {
    const found = pick(value, names.own());
    return found === undefined ? undefined : JSON.stringify(this.redactPicked(found, value, ''));
  }

  /**
   * `redact(picked)` for what `pick` cut from `from`: the parts it copied (arrays of matching
   * elements, maps of matching keys, objects of matching children) are walked; the parts it took
   * as they were (elements, entries, scalars) are redacted once per snapshot, under the field name
   * they sit beneath, and shared by every resource and check that cites them.
   */
  private redactPicked(picked: unknown, from: unknown, name: string): unknown {
    if (picked === from) return this.redactShared(picked, name);
    // A copy is redacted whole under a secret or environment name, as `redact` would.
    const empty = Array.isArray(picked) ? EMPTY_ARRAY : EMPTY_OBJECT;
    const whole = redact(empty, name);
    if (whole !== empty) return whole;
    if (Array.isArray(picked)) return picked.map((v) => this.redactShared(v, name));
    const source = from as Record<string, unknown>;
    // fromEntries defines each key, so a key named `__proto__` (a function or user may be) stays a key.
    return Object.fromEntries(Object.entries(picked as Record<string, unknown>).map(([k, v]) => [k, this.redactPicked(v, source[k], k)]));
  }

  private redactShared(value: unknown, name: string): unknown {
    if (value === null || typeof value !== 'object') return redact(value, name);
    const known = this.redactions.get(value);
    if (known?.name === name) return known.value;
    const done = redact(value, name);
    if (!known) this.redactions.set(value, { name, value: done });
    return done;
  }

  /** The strings of `value` if it has at most SMALL_VALUE nodes (else null), found once per value. */
  private small(value: object): Set<string> | null {
    let small = this.smalls.get(value);
    if (small === undefined) {
      small = countNodes(value, SMALL_VALUE) <= SMALL_VALUE ? strings(value, new Set()) : null;
      this.smalls.set(value, small);
    }
    return small;
  }

  private whole(value: object): string {
    let json = this.wholes.get(value);
    if (json === undefined) {
      json = JSON.stringify(redact(value));
      this.wholes.set(value, json);
    }
    return json;
  }
}
