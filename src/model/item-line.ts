/**
 * One evidence item as its JSON line, byte for byte `JSON.stringify(item)`, at a fraction of the
 * cost over millions of items. A check's items repeat most of their text: the check's id, title
 * and severity, its controls (one object per check) and its sources (one array per check and
 * region). Those parts are printed once and reused; only the item's own fields are printed each
 * time. Anything unexpected (keys in another order or of another type, `toJSON`) goes to
 * `JSON.stringify` itself, so the output never differs.
 *
 * Reuse by identity relies on items being immutable once made: redaction, waivers and merges
 * build new items and new objects instead of changing the ones they were given.
 */
import type { EvidenceItem } from './evidence.js';

const q = JSON.stringify as (s: string) => string;

/** The keys every item starts with, in the order items are made in (and `JSON.stringify` prints them). */
const LEADING = ['id', 'checkId', 'title', 'status', 'severity', 'resource', 'controls', 'messageId', 'message', 'observed'];

const ERROR = 1;
const WAIVER = 2;

/**
 * Whether the item's own enumerable keys (what `JSON.stringify` reads) are the ones `itemLine`
 * prints, in its order: -1 when not, else which optional keys are there (`ERROR | WAIVER`).
 */
function keyShape(item: object): number {
  const keys = Object.keys(item);
  const n = keys.length;
  if (n < 12 || n > 14) return -1;
  for (let i = 0; i < LEADING.length; i++) if (keys[i] !== LEADING[i]) return -1;
  let at = LEADING.length;
  let shape = 0;
  if (keys[at] === 'error') {
    shape |= ERROR;
    at++;
  }
  if (keys[at] !== 'sources' || keys[at + 1] !== 'collectedAt') return -1;
  at += 2;
  if (at < n && keys[at] === 'waiver') {
    shape |= WAIVER;
    at++;
  }
  return at === n ? shape : -1;
}

interface CheckText {
  title: string;
  severity: string;
  /** `,"checkId":…,"title":…,"status":` */
  head: string;
  /** `,"severity":…,"resource":` */
  mid: string;
}

/** Per check id; a merge of foreign results could bring any number of ids, so the map is bounded. */
const checkTexts = new Map<string, CheckText>();

function checkText(checkId: string, title: string, severity: string): CheckText {
  let t = checkTexts.get(checkId);
  if (t === undefined || t.title !== title || t.severity !== severity) {
    t = {
      title,
      severity,
      head: `,"checkId":${q(checkId)},"title":${q(title)},"status":`,
      mid: `,"severity":${q(severity)},"resource":`,
    };
    if (checkTexts.size >= 10_000) checkTexts.clear();
    checkTexts.set(checkId, t);
  }
  return t;
}

/** A value `JSON.stringify` prints by its own rules when it is the whole input: no `toJSON` (which receives the key). */
const plainObject = (v: unknown): v is object =>
  typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function';

/** JSON of shared controls objects. */
const controlsJson = new WeakMap<object, string>();
let lastControls: object | undefined;
let lastControlsJson = '';

function controlsText(controls: object): string {
  if (controls === lastControls) return lastControlsJson;
  let json = controlsJson.get(controls);
  if (json === undefined) {
    json = JSON.stringify(controls);
    controlsJson.set(controls, json);
  }
  lastControls = controls;
  lastControlsJson = json;
  return json;
}

/** JSON of shared sources arrays, with the `collectedAt` the items citing them last carried. */
interface SourcesText {
  json: string;
  collectedAt: string;
  /** `,"sources":…,"collectedAt":…` */
  tail: string;
}
const sourcesJson = new WeakMap<object, SourcesText>();
let lastSources: object | undefined;
let lastSourcesText: SourcesText | undefined;

function sourcesTail(sources: object, collectedAt: string): string {
  let t = sources === lastSources ? lastSourcesText : sourcesJson.get(sources);
  if (t === undefined) {
    const json = JSON.stringify(sources);
    t = { json, collectedAt, tail: `,"sources":${json},"collectedAt":${q(collectedAt)}` };
    sourcesJson.set(sources, t);
  } else if (t.collectedAt !== collectedAt) {
    t.collectedAt = collectedAt;
    t.tail = `,"sources":${t.json},"collectedAt":${q(collectedAt)}`;
  }
  lastSources = sources;
  lastSourcesText = t;
  return t.tail;
}

/** `"key":value` for an optional or per-item object field; nothing when `JSON.stringify` would leave the key out. */
function field(key: string, value: unknown): string {
  const json = JSON.stringify(value) as string | undefined;
  return json === undefined ? '' : `,"${key}":${json}`;
}

const allStrings = (i: EvidenceItem): boolean =>
  typeof i.id === 'string' &&
  typeof i.checkId === 'string' &&
  typeof i.title === 'string' &&
  typeof i.status === 'string' &&
  typeof i.severity === 'string' &&
  typeof i.messageId === 'string' &&
  typeof i.message === 'string' &&
  typeof i.collectedAt === 'string';

/** Per-item object fields, which `field` prints: plain, `null` or absent (undefined), never a primitive or `toJSON` holder. */
const ownField = (v: unknown): boolean => v === undefined || v === null || plainObject(v);

function fast(item: EvidenceItem): string | undefined {
  if (!plainObject(item)) return undefined;
  const shape = keyShape(item);
  if (shape === -1 || !allStrings(item)) return undefined;
  const { controls, sources, resource, observed } = item;
  // Read only when the key is the item's own: an inherited or hidden one is not printed.
  const error = shape & ERROR ? item.error : undefined;
  const waiver = shape & WAIVER ? item.waiver : undefined;
  if (!plainObject(controls) || !plainObject(sources)) return undefined;
  if (!ownField(resource) || !ownField(observed) || !ownField(error) || !ownField(waiver)) return undefined;
  const c = checkText(item.checkId, item.title, item.severity);
  const res = JSON.stringify(resource) as string | undefined;
  const obs = JSON.stringify(observed) as string | undefined;
  if (res === undefined || obs === undefined) return undefined;
  return (
    `{"id":${q(item.id)}${c.head}${q(item.status)}${c.mid}${res},"controls":${controlsText(controls)}` +
    `,"messageId":${q(item.messageId)},"message":${q(item.message)},"observed":${obs}` +
    `${error === undefined ? '' : field('error', error)}${sourcesTail(sources, item.collectedAt)}` +
    `${waiver === undefined ? '' : field('waiver', waiver)}}`
  );
}

/** The item's JSON text, exactly `JSON.stringify(item)`. */
export function itemLine(item: EvidenceItem): string {
  let line: string | undefined;
  try {
    line = fast(item);
  } catch {
    // A cycle or a BigInt deep inside: `JSON.stringify` throws its own error, named for the whole item.
  }
  return line ?? JSON.stringify(item);
}
