/**
 * Reading and writing snapshot files. Files are written in the line layout
 * (`snapshot-layout.ts`) and read one snapshot at a time; files written before it (one line of
 * JSON) still load, whole.
 */
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { regularFile, withoutBom } from '../input-file.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_SET_SCHEMA, type Snapshot } from '../model/snapshot.js';
import { writeFileAtomicStream } from '../safe-fs.js';
import {
  isLineLayout,
  LayoutError,
  type LayoutEvent,
  layoutEvents,
  parseHeadLine,
  parseKeyLine,
  type SnapshotHead,
  writeJson,
} from './snapshot-layout.js';
import { openSnapshotWriter, type SnapshotWriter, writeSnapshots } from './snapshot-writer.js';

export type { SnapshotHead } from './snapshot-layout.js';
export type { SnapshotWriter } from './snapshot-writer.js';

import { redactSnapshot } from '../redaction/snapshot.js';
import { checkInventoryValues } from './snapshot-values.js';

const FetchErrorSchema = z.object({
  kind: z.enum(['denied', 'throttled', 'unsupported', 'not_found', 'timeout', 'unknown']),
  api: z.string(),
  action: z.string(),
  code: z.string().optional(),
  message: z.string(),
});
const EntrySchema = z.object({
  result: z.union([z.object({ ok: z.literal(true), value: z.unknown() }), z.object({ ok: z.literal(false), error: FetchErrorSchema })]),
  collectedAt: z.string(),
  apis: z.array(z.string()),
});
const StatsSchema = z.object({
  calls: z.number(),
  attempts: z.number(),
  throttles: z.number(),
  errors: z.number(),
  retryDelayMs: z.number(),
  // Added with rate-aware scheduling; older snapshots have none.
  rateWaitMs: z.number().default(0),
});

/** Structural check of a snapshot file; values inside entries are checked by key afterwards (snapshot-values.ts). */
export const SnapshotSchema = z.object({
  schema: z.literal(SNAPSHOT_SCHEMA),
  // A provider id; the scan checks it against the providers this build knows (PROVIDERS).
  provider: z.string().regex(/^[a-z][a-z0-9-]*$/),
  account: z.object({ id: z.string().min(1), partition: z.string(), alias: z.string().optional() }),
  homeRegion: z.string(),
  regions: z.array(z.string()).min(1),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  inventory: z.record(z.string(), z.record(z.string(), EntrySchema)),
  apiCalls: z.record(z.string(), StatsSchema),
  notes: z.array(z.string()),
});

const HeadSchema = SnapshotSchema.omit({ inventory: true });
const SetSchema = z.object({ schema: z.literal(SNAPSHOT_SET_SCHEMA), snapshots: z.array(z.unknown()).min(1) });

function issueText(err: z.ZodError, where: string): string {
  const issue = err.issues[0]!;
  const field = [...(where ? [where] : []), ...issue.path].join('.') || '(root)';
  const hint = field === 'schema' ? ` (expected "${SNAPSHOT_SCHEMA}" or "${SNAPSHOT_SET_SCHEMA}"; is this an annexa snapshot?)` : '';
  return `${field}: ${issue.message}${hint}`;
}

/**
 * The one place every snapshot passes whole, once, before anything reads it (`where` is its
 * path in the file: "" or "snapshots.3"). Checks of the values inside entries belong here too.
 */
function validSnapshot(file: string, raw: unknown, where: string): Snapshot {
  const res = SnapshotSchema.safeParse(raw);
  if (!res.success) throw new InputError(file, issueText(res.error, where));
  const s = res.data as Snapshot;
  checkInventoryValues(s, (path) => (where ? `${where}.${path}` : path), file);
  return s;
}

function validHead(file: string, raw: unknown, where: string): SnapshotHead {
  const res = HeadSchema.safeParse(raw);
  if (!res.success) throw new InputError(file, issueText(res.error, where));
  return res.data as SnapshotHead;
}

/** Refuses an account seen before in the same file: evaluating it twice would count it twice. */
class Accounts {
  private readonly seen = new Set<string>();
  constructor(private readonly file: string) {}
  add(s: SnapshotHead, where: string): void {
    const k = `${s.provider}/${s.account.id}`;
    if (this.seen.has(k)) throw new InputError(this.file, `${where ? `${where}.` : ''}account.id: ${k} appears twice`);
    this.seen.add(k);
  }
}

const STRING_LIMIT = 'more than one JavaScript string holds (about 512 MiB)';

function readError(file: string, err: unknown): InputError {
  if (err instanceof InputError) return err;
  if (err instanceof LayoutError) return new InputError(file, `line ${err.line}: ${err.message}`);
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(file, 'snapshot file not found');
  if (code === 'ERR_STRING_TOO_LONG' || code === 'ERR_FS_FILE_TOO_LARGE') {
    const mib = Math.round(statSync(file).size / 2 ** 20);
    return new InputError(
      file,
      `is ${mib} MiB of JSON on one line, ${STRING_LIMIT}; snapshots saved by this annexa put each account and inventory key on its own line and have no such limit: split the file per account, or collect it again`,
    );
  }
  return new InputError(file, `cannot read: ${(err as Error).message}`);
}

function firstLine(err: unknown): string {
  return (err as Error).message.split('\n')[0]!.slice(0, 200);
}

/** A file written before the line layout (or reformatted): one JSON text, parsed whole. */
function wholeSnapshots(file: string): Snapshot[] {
  let text: string;
  try {
    text = withoutBom(readFileSync(file, 'utf8'));
  } catch (err) {
    throw readError(file, err);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new InputError(file, `not valid JSON: ${firstLine(err)}`);
  }
  if ((raw as { schema?: unknown } | null)?.schema !== SNAPSHOT_SET_SCHEMA) return [validSnapshot(file, raw, '')];
  const set = SetSchema.safeParse(raw);
  if (!set.success) throw new InputError(file, issueText(set.error, ''));
  const accounts = new Accounts(file);
  return set.data.snapshots.map((x, i) => {
    const s = validSnapshot(file, x, `snapshots.${i}`);
    accounts.add(s, `snapshots.${i}`);
    return s;
  });
}

function lineLayout(file: string): boolean {
  regularFile(file, file, 'snapshot file not found');
  try {
    return isLineLayout(file);
  } catch (err) {
    throw readError(file, err);
  }
}

function* events(file: string, opts: Parameters<typeof layoutEvents>[1]): Generator<LayoutEvent> {
  try {
    yield* layoutEvents(file, opts);
  } catch (err) {
    throw readError(file, err);
  }
}

function lineJson<T>(file: string, line: number, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    throw new InputError(file, `line ${line}: not valid JSON: ${firstLine(err)}`);
  }
}

/** Snapshots of a line-layout file (or of one member, read from its offset), each validated as its last line is read. */
function* assembled(file: string, opts: Parameters<typeof layoutEvents>[1], first: number, accounts?: Accounts): Generator<Snapshot> {
  let i = first - 1;
  let head: SnapshotHead | undefined;
  let inventory: Record<string, unknown> = {};
  let where = '';
  for (const e of events(file, opts)) {
    if (e.kind === 'head') {
      i++;
      where = e.set ? `snapshots.${i}` : '';
      head = validHead(
        file,
        lineJson(file, e.line, () => parseHeadLine(e.text)),
        where,
      );
      accounts?.add(head, where);
      inventory = {};
    } else if (e.kind === 'key') {
      const [key, value] = lineJson(file, e.line, () => parseKeyLine(e.text!));
      inventory[key] = value;
    } else {
      const s = validSnapshot(file, { ...head, inventory }, where);
      // Dropped before the caller gets it, so this account's raw inventory is garbage once the caller is done.
      inventory = {};
      yield s;
    }
  }
}

/**
 * The snapshots of a file one at a time, each validated, in file order: a line-layout file is
 * read line by line (memory holds one account), an older one-line file is parsed whole.
 */
export function* iterSnapshots(file: string): Generator<Snapshot> {
  if (lineLayout(file)) yield* assembled(file, { keys: true }, 0, new Accounts(file));
  else yield* wholeSnapshots(file);
}

/** Reads a single-account snapshot or a set of them; either way the result is a list. */
export function loadSnapshots(file: string): Snapshot[] {
  return [...iterSnapshots(file)];
}

/** A single snapshot; a set with exactly one member is accepted too. */
export function loadSnapshot(file: string): Snapshot {
  const all = loadSnapshots(file);
  if (all.length !== 1) throw new InputError(file, `holds ${all.length} snapshots; expected one`);
  return all[0]!;
}

/** One snapshot of a file, known by its header before its inventory is read. */
export interface SnapshotMember {
  readonly head: SnapshotHead;
  readonly index: number;
  /** Bytes of the file the member spans (line layout only): how evaluation workers share the work. */
  readonly bytes?: number;
}

/** A snapshot file opened for reading: every member's header first (validated), each member whole on demand, in any order. */
export interface SnapshotFile {
  readonly members: readonly SnapshotMember[];
  read(member: SnapshotMember): Snapshot;
}

interface LineMember extends SnapshotMember {
  bytes: number;
  at: number;
  line: number;
  set: boolean;
}

function headOf(s: Snapshot): SnapshotHead {
  const { inventory, ...head } = s;
  return head;
}

/**
 * Opens a snapshot file for a scan: a line-layout file is read once for its header lines only
 * (inventory lines are skipped undecoded), and each member is read again from its offset when
 * asked, so members come in whatever order the caller wants while memory holds one. An older
 * one-line file is loaded whole.
 */
export function openSnapshotFile(file: string): SnapshotFile {
  if (!lineLayout(file)) {
    const all = wholeSnapshots(file);
    return { members: all.map((s, index) => ({ head: headOf(s), index })), read: (m) => all[m.index]! };
  }
  const accounts = new Accounts(file);
  const members: LineMember[] = [];
  for (const e of events(file, { keys: false })) {
    if (e.kind !== 'head') continue;
    const index = members.length;
    const where = e.set ? `snapshots.${index}` : '';
    const head = validHead(
      file,
      lineJson(file, e.line, () => parseHeadLine(e.text)),
      where,
    );
    accounts.add(head, where);
    members.push({ head, index, at: e.at, line: e.line, set: e.set, bytes: 0 });
  }
  // A member spans from its header to the next one's (or the file's end).
  const size = statSync(file).size;
  const byOffset = [...members].sort((a, b) => a.at - b.at);
  byOffset.forEach((m, i) => {
    m.bytes = (byOffset[i + 1]?.at ?? size) - m.at;
  });
  return {
    members,
    read(m) {
      const { at, line, set } = m as LineMember;
      const [s] = assembled(file, { keys: true, from: at, line, set }, m.index);
      return s!;
    },
  };
}

/**
 * JSON.stringify, written in pieces down to `depth` (see `writeJson`), atomically: a large
 * document never exists as one string plus its UTF-8 copy.
 */
export function writeJsonFile(file: string, value: unknown, depth = 6, shownAs: string = file): void {
  writeFileAtomicStream(file, (write) => writeJson(value, depth, write), shownAs);
}

export function saveSnapshot(file: string, snapshot: Snapshot): void {
  writeSnapshots(file, [snapshot]);
}

/** In the line layout; one account keeps the plain snapshot document, so older readers still load it. */
export function saveSnapshots(file: string, snapshots: readonly Snapshot[], shownAs: string = file): void {
  // A saved snapshot leaves the process: notes, provider error messages and values lose secrets.
  writeSnapshots(file, snapshots.map(redactSnapshot), shownAs);
}

/** A snapshot set written one snapshot at a time (`add`, then `close`), atomically. */
export function openSnapshotSetWriter(file: string, shownAs: string = file): SnapshotWriter {
  return openSnapshotWriter(file, { set: true, shownAs });
}
