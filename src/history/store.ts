/**
 * Scan history in an embedded SQLite file: one row per scan (run metadata, no secrets, no
 * observed facts) and one per evidence item (identity, status, severity, waived, controls).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { redact } from '../engine/redact.js';
import { InputError } from '../errors.js';
import { SEVERITIES, type Severity, STATUSES, type Status } from '../model/status.js';
import type { ResultDocument } from '../output/result.js';
import { ensureDir } from '../safe-fs.js';
import { historyFailure } from './errors.js';
import { migrateV1 } from './migrate.js';
import { ensureSchema } from './schema.js';
import { type ItemRow, writer } from './write.js';

export interface ScanRow {
  id: string;
  startedAt: string;
  finishedAt: string;
  accounts: string[];
  items: number;
  complete: boolean;
}

/**
 * One control's results in one scan. The four status counts add up to the control's items;
 * `waived` counts those of them that carry a waiver (waived items keep their status).
 */
export interface TrendPoint {
  scanId: string;
  /** When the scan's data was collected (its finishedAt). */
  at: string;
  pass: number;
  fail: number;
  error: number;
  not_applicable: number;
  waived: number;
}

/** What the history keeps of one evidence item. */
export interface HistoryItem {
  id: string;
  checkId: string;
  title: string;
  provider: string;
  account: string;
  region: string;
  resourceType: string;
  resourceId: string;
  resourceName: string;
  status: Status;
  severity: Severity;
  waived: boolean;
}

export interface ItemChange {
  /** The item as it is in the later scan. */
  item: HistoryItem;
  from: { status: Status; waived: boolean };
  to: { status: Status; waived: boolean };
}

export interface HistoryDiff {
  from: ScanRow;
  to: ScanRow;
  /** In the later scan only. */
  new: HistoryItem[];
  /** In the earlier scan only: the resource or the check is gone. */
  resolved: HistoryItem[];
  /** In both, with a different status or waiver. */
  changed: ItemChange[];
  unchanged: number;
}

/** Which scans to keep after recording one. The scan just recorded is always kept. */
export interface Retention {
  scans?: number;
  days?: number;
}

export interface HistoryOptions {
  readonly?: boolean;
  retain?: Retention;
  /** Clock for day-based retention (tests inject one). */
  now?: () => Date;
  /** How long a writer waits for another writer's lock, in ms. */
  busyTimeoutMs?: number;
  /** The file as the user named it, for messages (default: `file`). */
  shownAs?: string;
}

export interface HistoryStore {
  /** Record one scan in a single transaction, apply retention, and return the new scan id. */
  record(result: ResultDocument): string;
  /** All scans, oldest first. */
  scans(): ScanRow[];
  /** Items new, resolved and changed from scan `a` to scan `b` (ids, `latest` or `previous`). */
  diff(a: string, b: string): HistoryDiff;
  /** One control's counts in every scan, oldest first. */
  controlTrend(controlId: string, framework?: string): TrendPoint[];
  close(): void;
}

export const DEFAULT_HISTORY_FILE = '.annexa/history.db';

interface ScanRecord {
  seq: number;
  id: string;
  started_at: string;
  finished_at: string;
  accounts: string;
  items: number;
  complete: number;
}

interface ItemRecord {
  item_id: Buffer;
  check_id: string;
  title: string;
  provider: string;
  account: string;
  region: string;
  resource_type: string;
  resource_id: string;
  resource_name: string;
  status: number;
  severity: number;
  waived: number;
}

/** A scan's items with their identity, names resolved. */
const ITEMS_OF = `
  SELECT s.item_id, c.text AS check_id, t.text AS title, p.text AS provider, a.text AS account, g.text AS region,
         y.text AS resource_type, s.resource_id, s.resource_name, r.status, r.severity, r.waived
  FROM results r
  JOIN subjects s ON s.ref = r.subject_ref
  JOIN names c ON c.ref = s.check_ref
  JOIN names t ON t.ref = s.title_ref
  JOIN names p ON p.ref = s.provider_ref
  JOIN names a ON a.ref = s.account_ref
  JOIN names g ON g.ref = s.region_ref
  JOIN names y ON y.ref = s.type_ref
  WHERE r.scan_seq = ?`;

const ORDER = 'ORDER BY finished_at, seq';
const NEWEST_FIRST = 'ORDER BY finished_at DESC, seq DESC';

function toScanRow(r: ScanRecord): ScanRow {
  return {
    id: r.id,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    accounts: JSON.parse(r.accounts) as string[],
    items: r.items,
    complete: r.complete === 1,
  };
}

function toItem(r: ItemRecord): HistoryItem {
  return {
    id: r.item_id.toString('hex'),
    checkId: r.check_id,
    title: r.title,
    provider: r.provider,
    account: r.account,
    region: r.region,
    resourceType: r.resource_type,
    resourceId: r.resource_id,
    resourceName: r.resource_name,
    status: STATUSES[r.status]!,
    severity: SEVERITIES[r.severity]!,
    waived: r.waived === 1,
  };
}

/** Sortable and readable: the evaluation time, plus randomness so concurrent scans never collide. */
function newScanId(evaluatedAt: string): string {
  const stamp = evaluatedAt.replace(/[-:]/g, '').replace(/\.\d+/, '');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

/** The run metadata worth keeping: no params (thresholds say nothing about posture over time). */
function storedRun(result: ResultDocument): unknown {
  const { params: _params, ...run } = result.run;
  return redact({ run, summary: result.summary });
}

/**
 * How long a writer waits for another writer's lock by default. Recording even a large scan
 * holds the lock for a few seconds; a lock held longer belongs to something stuck (an open
 * sqlite3 shell, a crashed tool), so the scan says so instead of waiting on.
 */
export const BUSY_TIMEOUT_MS = 8_000;

function open(file: string, opts: HistoryOptions): Database.Database {
  const readonly = Boolean(opts.readonly);
  const shown = opts.shownAs ?? file;
  if (readonly && !existsSync(file)) throw new InputError(shown, 'no scan history here yet (record scans with `annexa scan --history`)');
  if (existsSync(file) && statSync(file).isDirectory())
    throw new InputError(shown, 'is a directory; name the history database file, e.g. .annexa/history.db');
  if (!readonly) ensureDir(dirname(file), shown);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly, fileMustExist: readonly, timeout: opts.busyTimeoutMs ?? BUSY_TIMEOUT_MS });
  } catch (err) {
    throw new InputError(shown, `cannot open the history database: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    const version = ensureSchema(db, shown, readonly, migrateV1);
    if (version === 'v1') {
      throw new InputError(shown, 'is in the v1 history format; record one scan into it (annexa scan --history) to upgrade it in place');
    }
    if (!readonly) {
      // WAL lets readers (reports) run while a scan writes; NORMAL is durable enough under WAL.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
  } catch (err) {
    db.close();
    throw historyFailure(err, shown, opts.busyTimeoutMs ?? BUSY_TIMEOUT_MS);
  }
  return db;
}

/** Every method of `store`, with SQLite's complaints about the file turned into input errors. */
function guarded(store: HistoryStore, shown: string, busyMs: number): HistoryStore {
  const guard =
    <A extends unknown[], R>(f: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return f(...args);
      } catch (err) {
        throw historyFailure(err, shown, busyMs);
      }
    };
  return {
    record: guard(store.record),
    scans: guard(store.scans),
    diff: guard(store.diff),
    controlTrend: guard(store.controlTrend),
    close: guard(store.close),
  };
}

/** Open (or create) a history file. Readonly opens fail when the file does not exist. */
export function openHistory(file: string, opts: HistoryOptions = {}): HistoryStore {
  return guarded(openStore(file, opts), opts.shownAs ?? file, opts.busyTimeoutMs ?? BUSY_TIMEOUT_MS);
}

function openStore(file: string, opts: HistoryOptions): HistoryStore {
  const db = open(file, opts);
  const now = opts.now ?? (() => new Date());

  function resolveScan(ref: string): ScanRecord {
    const all = db.prepare(`SELECT seq, id, started_at, finished_at, accounts, items, complete FROM scans ${ORDER}`).all() as ScanRecord[];
    const pick = (i: number, what: string): ScanRecord => {
      const r = all[i];
      if (!r) throw new InputError(ref, `there is no ${what} scan (the history holds ${all.length})`);
      return r;
    };
    if (ref === 'latest') return pick(all.length - 1, 'latest');
    if (ref === 'previous') return pick(all.length - 2, 'previous');
    const exact = all.find((r) => r.id === ref);
    if (exact) return exact;
    const byPrefix = all.filter((r) => r.id.startsWith(ref));
    if (byPrefix.length === 1) return byPrefix[0]!;
    throw new InputError(
      ref,
      byPrefix.length ? `matches ${byPrefix.length} scans; give more of the id` : 'no such scan id (see `annexa history list`)',
    );
  }

  function prune(keep: number): void {
    const { scans, days } = opts.retain ?? {};
    if (scans !== undefined) {
      db.prepare(`DELETE FROM scans WHERE seq <> ? AND seq NOT IN (SELECT seq FROM scans ${NEWEST_FIRST} LIMIT ?)`).run(keep, scans);
    }
    if (days !== undefined) {
      const cutoff = new Date(now().getTime() - days * 86_400_000).toISOString();
      db.prepare('DELETE FROM scans WHERE seq <> ? AND finished_at < ?').run(keep, cutoff);
    }
  }

  const itemsOf = (seq: number): Map<string, HistoryItem> =>
    new Map((db.prepare(ITEMS_OF).all(seq) as ItemRecord[]).map((r) => [r.item_id.toString('hex'), toItem(r)]));

  return {
    record(result) {
      if (db.readonly) throw new Error('history opened read-only');
      const id = newScanId(result.run.evaluatedAt);
      const insertScan = db.prepare(
        `INSERT INTO scans (id, started_at, finished_at, evaluated_at, recorded_at, accounts, items, complete, run)
         VALUES (@id, @startedAt, @finishedAt, @evaluatedAt, @recordedAt, @accounts, @items, @complete, @run)`,
      );
      const w = writer(db);
      const tagged = new Set<string>();
      const recordAll = db.transaction(() => {
        const seq = Number(
          insertScan.run({
            id,
            startedAt: result.run.startedAt,
            finishedAt: result.run.finishedAt,
            evaluatedAt: result.run.evaluatedAt,
            recordedAt: now().toISOString(),
            accounts: JSON.stringify([...new Set(result.run.accounts.map((a) => a.account))].sort()),
            items: result.items.count,
            complete: result.run.complete ? 1 : 0,
            run: JSON.stringify(storedRun(result)),
          }).lastInsertRowid,
        );
        for (const i of result.items) {
          const row: ItemRow = {
            itemId: i.id,
            checkId: i.checkId,
            title: i.title,
            provider: i.resource.provider,
            account: i.resource.account,
            region: i.resource.region,
            resourceType: i.resource.type,
            resourceId: i.resource.id,
            resourceName: i.resource.name,
            status: i.status,
            severity: i.severity,
            waived: Boolean(i.waiver),
          };
          w.item(seq, row);
          // A check's tags are the same on all its items: once per check and scan is enough.
          if (tagged.has(i.checkId)) continue;
          tagged.add(i.checkId);
          for (const [framework, ids] of Object.entries(i.controls)) for (const c of ids ?? []) w.control(seq, framework, c, i.checkId);
        }
        w.finish(seq);
        prune(seq);
      });
      recordAll.immediate();
      return id;
    },

    scans() {
      return (
        db.prepare(`SELECT seq, id, started_at, finished_at, accounts, items, complete FROM scans ${ORDER}`).all() as ScanRecord[]
      ).map(toScanRow);
    },

    diff(a, b) {
      const [from, to] = [resolveScan(a), resolveScan(b)];
      const before = itemsOf(from.seq);
      const after = itemsOf(to.seq);
      const diff: HistoryDiff = { from: toScanRow(from), to: toScanRow(to), new: [], resolved: [], changed: [], unchanged: 0 };
      for (const [id, item] of after) {
        const old = before.get(id);
        if (!old) diff.new.push(item);
        else if (old.status !== item.status || old.waived !== item.waived)
          diff.changed.push({ item, from: { status: old.status, waived: old.waived }, to: { status: item.status, waived: item.waived } });
        else diff.unchanged++;
      }
      for (const [id, item] of before) if (!after.has(id)) diff.resolved.push(item);
      const byKey = (x: HistoryItem, y: HistoryItem): number =>
        x.checkId.localeCompare(y.checkId) ||
        x.account.localeCompare(y.account) ||
        x.region.localeCompare(y.region) ||
        x.resourceId.localeCompare(y.resourceId);
      diff.new.sort(byKey);
      diff.resolved.sort(byKey);
      diff.changed.sort((x, y) => byKey(x.item, y.item));
      return diff;
    },

    controlTrend(controlId, framework = 'iso27001:2022') {
      const rows = db
        .prepare(
          `SELECT s.id AS scanId, s.finished_at AS at,
             COALESCE(SUM(CASE WHEN k.status = 0 THEN k.n END), 0) AS pass,
             COALESCE(SUM(CASE WHEN k.status = 1 THEN k.n END), 0) AS fail,
             COALESCE(SUM(CASE WHEN k.status = 2 THEN k.n END), 0) AS error,
             COALESCE(SUM(CASE WHEN k.status = 3 THEN k.n END), 0) AS not_applicable,
             COALESCE(SUM(CASE WHEN k.waived = 1 THEN k.n END), 0) AS waived
           FROM scans s
           LEFT JOIN scan_controls c ON c.scan_seq = s.seq
             AND c.framework_ref = (SELECT ref FROM names WHERE text = ?) AND c.control_ref = (SELECT ref FROM names WHERE text = ?)
           LEFT JOIN check_counts k ON k.scan_seq = s.seq AND k.check_ref = c.check_ref
           GROUP BY s.seq ORDER BY s.finished_at, s.seq`,
        )
        .all(framework, controlId) as TrendPoint[];
      return rows;
    },

    close() {
      db.close();
    },
  };
}
