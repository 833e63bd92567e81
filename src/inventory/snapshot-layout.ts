/**
 * The line layout of snapshot files. The file stays one JSON document of the usual schema, but
 * each snapshot starts on its own line and each inventory key's value is one line, so a reader
 * takes one account, and within it one key, at a time:
 *
 *   {"schema":"annexa.snapshots/v1","snapshots":[
 *   {"schema":"annexa.snapshot/v1","provider":"aws","account":{…},…,"notes":[],"inventory":{
 *   "aws.s3.buckets":{"global":{…}},
 *   "aws.iam.roles":{"global":{…}}
 *   }},
 *   {"schema":"annexa.snapshot/v1",…,"inventory":{
 *   …
 *   }}
 *   ]}
 *
 * A single-account file is the middle part alone (header line, key lines, `}}`). The header
 * line holds every field but `inventory`, which comes last. A line is parsed on its own with
 * JSON.parse, so one key of one account must stay under V8's string limit (about 512 MiB,
 * `0x1fffffe8` characters); a key of a million-resource account is far below it.
 */
import { SNAPSHOT_SCHEMA, SNAPSHOT_SET_SCHEMA, type Snapshot } from '../model/snapshot.js';
import { fileLines } from './file-lines.js';

export const SET_OPEN = `{"schema":${JSON.stringify(SNAPSHOT_SET_SCHEMA)},"snapshots":[`;
export const SET_CLOSE = ']}';
const HEAD_START = `{"schema":${JSON.stringify(SNAPSHOT_SCHEMA)},`;
const INVENTORY_OPEN = ',"inventory":{';
const CLOSE = '}}';
const QUOTE = 34;
const COMMA = 44;
const OPEN_BRACKET = 91;
const OPEN_BRACE = 123;

/** A snapshot without its inventory: what the result reports of an account. */
export type SnapshotHead = Omit<Snapshot, 'inventory'>;

/**
 * JSON.stringify, written in pieces: objects and arrays down to `depth` are written member by
 * member, so no value above that depth becomes one string. The bytes are exactly JSON.stringify's.
 */
export function writeJson(v: unknown, depth: number, write: (s: string) => void): void {
  if (depth === 0 || v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    write(JSON.stringify(v) ?? 'null');
    return;
  }
  if (Array.isArray(v)) {
    write('[');
    v.forEach((x, i) => {
      if (i) write(',');
      if (x === undefined || typeof x === 'function' || typeof x === 'symbol') write('null');
      else writeJson(x, depth - 1, write);
    });
    write(']');
    return;
  }
  write('{');
  let first = true;
  for (const [k, x] of Object.entries(v)) {
    if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
    write(`${first ? '' : ','}${JSON.stringify(k)}:`);
    first = false;
    writeJson(x, depth - 1, write);
  }
  write('}');
}

/** Below a key: scope → entry → result → value → each resource, so a key of 100k resources is never one string. */
const KEY_DEPTH = 4;

/** One snapshot in the layout, from its header line to its closing `}}` (no line end: the caller adds `,` when another follows). */
export function writeSnapshotLines(s: Snapshot, write: (s: string) => void): void {
  const { inventory, schema, ...rest } = s;
  // `schema` first: readers recognise a header line by its start.
  const head = JSON.stringify({ schema, ...rest });
  write(`${head.slice(0, -1)}${INVENTORY_OPEN}`);
  let first = true;
  for (const [k, v] of Object.entries(inventory)) {
    if (v === undefined) continue;
    write(`${first ? '' : ','}\n${JSON.stringify(k)}:`);
    writeJson(v, KEY_DEPTH, write);
    first = false;
  }
  write(`\n${CLOSE}`);
}

/**
 * Whether a file is in the line layout, by its first line. An old file is one line, so that
 * line is decoded only when its last byte says it may open a set or a snapshot.
 */
export function isLineLayout(file: string): boolean {
  for (const l of fileLines(file, 0, () => false)) {
    if (l.first !== OPEN_BRACE || (l.last !== OPEN_BRACKET && l.last !== OPEN_BRACE)) return false;
    break;
  }
  for (const l of fileLines(file)) return l.text === SET_OPEN || isHeadLine(l.text!);
  return false;
}

export function isHeadLine(text: string): boolean {
  return text.startsWith(HEAD_START) && text.endsWith(INVENTORY_OPEN);
}

/** The header fields of a header line (the caller validates them). */
export function parseHeadLine(text: string): unknown {
  return JSON.parse(`${text.slice(0, -INVENTORY_OPEN.length)}}`);
}

/** `"key":value` with an optional trailing comma; the value is sliced, not copied, before parsing. */
export function parseKeyLine(text: string): [string, unknown] {
  let i = 1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === QUOTE) break;
  }
  if (text[i + 1] !== ':') throw new SyntaxError('expected "key":{…}');
  const key = JSON.parse(text.slice(0, i + 1)) as string;
  return [key, JSON.parse(text.slice(i + 2, text.endsWith(',') ? -1 : undefined))];
}

/** A line that breaks the layout; the reader names the file. */
export class LayoutError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export type LayoutEvent =
  | { kind: 'head'; set: boolean; at: number; line: number; text: string }
  | { kind: 'key'; line: number; text: string | undefined }
  | { kind: 'end' };

/**
 * The events of a line-layout file, checking that its lines make one valid JSON document: each
 * snapshot's header, its key lines (`text` only when `keys`; a pass over headers never decodes
 * them), its end. `from` is 0 for the whole file, or a header's offset to read that one snapshot
 * (the caller stops after its `end`; `line` is that header's line number, for messages).
 */
export function* layoutEvents(file: string, opts: { keys: boolean; from?: number; line?: number; set?: boolean }): Generator<LayoutEvent> {
  const whole = opts.from === undefined;
  let set = opts.set ?? false;
  let state: 'start' | 'head' | 'inventory' | 'set-close' | 'done' = whole ? 'start' : 'head';
  let snapshots = 0;
  let keyComma: boolean | undefined;
  let last = 0;
  for (const l of fileLines(file, opts.from ?? 0, (b) => opts.keys || b !== QUOTE)) {
    const n = l.n + (opts.line ?? 1) - 1;
    last = n;
    const text = l.text;
    if (state === 'done') {
      if (text?.trim() === '') continue;
      throw new LayoutError(n, 'text after the end of the document');
    }
    if (state === 'start') {
      state = 'head';
      if (text === SET_OPEN) {
        set = true;
        continue;
      }
    }
    if (state === 'head') {
      if (text === undefined || !isHeadLine(text))
        throw new LayoutError(n, `expected a snapshot's first line (${HEAD_START}…${INVENTORY_OPEN})`);
      snapshots++;
      keyComma = undefined;
      state = 'inventory';
      yield { kind: 'head', set, at: l.at, line: n, text };
      continue;
    }
    if (state === 'inventory') {
      if (l.first === QUOTE) {
        if (keyComma === false) throw new LayoutError(n - 1, 'an inventory line lacks its trailing comma');
        keyComma = l.last === COMMA;
        yield { kind: 'key', line: n, text };
        continue;
      }
      if (text !== CLOSE && text !== `${CLOSE},`)
        throw new LayoutError(n, `expected an inventory line ("key":{…}) or the snapshot's end (${CLOSE})`);
      if (keyComma) throw new LayoutError(n - 1, 'the last inventory line has a trailing comma');
      const more = text.endsWith(',');
      if (more && !set) throw new LayoutError(n, 'a single snapshot ends with }} alone');
      yield { kind: 'end' };
      if (!whole) return;
      state = more ? 'head' : set ? 'set-close' : 'done';
      continue;
    }
    if (text !== SET_CLOSE) throw new LayoutError(n, `expected ${SET_CLOSE} closing the set`);
    state = 'done';
  }
  if (state !== 'done')
    throw new LayoutError(last, `the file ends early, ${snapshots ? `inside snapshot ${snapshots}` : 'before any snapshot'} (truncated?)`);
}
