import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_SET_SCHEMA, type Snapshot } from '../model/snapshot.js';
import { redactSnapshot } from '../redaction/snapshot.js';
import { ensureDir, fsError, tempBeside } from '../safe-fs.js';
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

const SnapshotSetSchema = z.object({
  schema: z.literal(SNAPSHOT_SET_SCHEMA),
  snapshots: z.array(SnapshotSchema).min(1),
});

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'snapshot file not found' : `not valid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** Reads a single-account snapshot or a set of them; either way the result is a list. */
export function loadSnapshots(file: string): Snapshot[] {
  const raw = readJson(file);
  const isSet = typeof raw === 'object' && raw !== null && (raw as { schema?: unknown }).schema === SNAPSHOT_SET_SCHEMA;
  const res = isSet ? SnapshotSetSchema.safeParse(raw) : SnapshotSchema.safeParse(raw);
  if (!res.success) {
    const issue = res.error.issues[0]!;
    const field = issue.path.join('.') || '(root)';
    const hint = field === 'schema' ? ` (expected "${SNAPSHOT_SCHEMA}" or "${SNAPSHOT_SET_SCHEMA}"; is this an annexa snapshot?)` : '';
    throw new InputError(file, `${field}: ${issue.message}${hint}`);
  }
  const snapshots = ('snapshots' in res.data ? res.data.snapshots : [res.data]) as Snapshot[];
  const seen = new Set<string>();
  for (const [i, s] of snapshots.entries()) {
    const k = `${s.provider}/${s.account.id}`;
    if (seen.has(k)) throw new InputError(file, `snapshots.${i}.account.id: ${k} appears twice`);
    seen.add(k);
    checkInventoryValues(s, (path) => (isSet ? `snapshots.${i}.${path}` : path), file);
  }
  return snapshots;
}

/** A single snapshot; a set with exactly one member is accepted too. */
export function loadSnapshot(file: string): Snapshot {
  const all = loadSnapshots(file);
  if (all.length !== 1) throw new InputError(file, `holds ${all.length} snapshots; expected one`);
  return all[0]!;
}

/**
 * JSON.stringify, written in pieces: objects and arrays down to `depth` are written member
 * by member, so a 100k-resource snapshot never exists as one 50 MB string plus its UTF-8
 * copy. The bytes are exactly JSON.stringify's.
 */
export function writeJsonFile(file: string, value: unknown, depth = 6, shownAs: string = file): void {
  ensureDir(dirname(file), shownAs);
  // Written beside the target and renamed in: a killed scan never leaves half a snapshot.
  const tmp = tempBeside(file);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx');
  } catch (err) {
    throw fsError(err, shownAs);
  }
  let buf = '';
  const write = (s: string): void => {
    buf += s;
    if (buf.length >= 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  };
  const emit = (v: unknown, d: number): void => {
    if (d === 0 || v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      write(JSON.stringify(v) ?? 'null');
      return;
    }
    if (Array.isArray(v)) {
      write('[');
      v.forEach((x, i) => {
        if (i) write(',');
        if (x === undefined || typeof x === 'function' || typeof x === 'symbol') write('null');
        else emit(x, d - 1);
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
      emit(x, d - 1);
    }
    write('}');
  };
  try {
    emit(value, depth);
    writeSync(fd, buf);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, file);
  } catch (err) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(tmp, { force: true });
    throw err instanceof InputError ? err : fsError(err, shownAs);
  }
}

export function saveSnapshot(file: string, snapshot: Snapshot): void {
  writeJsonFile(file, snapshot);
}

/** One account keeps the plain snapshot format, so older readers still load it. */
export function saveSnapshots(file: string, all: readonly Snapshot[]): void {
  // A saved snapshot leaves the process: notes, provider error messages and values lose secrets.
  const snapshots = all.map(redactSnapshot);
  if (snapshots.length === 1) {
    saveSnapshot(file, snapshots[0]!);
    return;
  }
  writeJsonFile(file, { schema: SNAPSHOT_SET_SCHEMA, snapshots }, 7);
}
