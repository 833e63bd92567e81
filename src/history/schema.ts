import type { Database } from 'better-sqlite3';
import { InputError } from '../errors.js';

/** Written to `meta` so a history file is recognised, and so later versions can migrate it. */
export const HISTORY_SCHEMA = 'annexa.history/v2';
const V1 = 'annexa.history/v1';

// v2 keeps each scan small: an item's identity (check, account, region, resource) is stored once in
// `subjects` the first time it is seen, and each scan adds one row of small integers per item
// (`results`). Control tags depend on the check and the mapping set, not on the resource, so they are
// kept per scan and check (`scan_controls`), a few thousand rows however many resources there are, and a
// control's trend adds up per-check status counts (`check_counts`) instead of walking items.
// Keys lead with scan_seq: a new scan's rows append at the end of each B-tree (fast inserts), and a
// trend is one short range lookup per scan. Scans are ordered by when their data was collected
// (finished_at), then by recording order, so a back-filled old snapshot lands where it belongs.
const DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS scans (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  evaluated_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  accounts TEXT NOT NULL,
  items INTEGER NOT NULL,
  complete INTEGER NOT NULL,
  run TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS scans_order ON scans (finished_at, seq);
CREATE TABLE IF NOT EXISTS names (ref INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS subjects (
  ref INTEGER PRIMARY KEY,
  item_id BLOB NOT NULL UNIQUE,
  check_ref INTEGER NOT NULL,
  provider_ref INTEGER NOT NULL,
  account_ref INTEGER NOT NULL,
  region_ref INTEGER NOT NULL,
  type_ref INTEGER NOT NULL,
  resource_id TEXT NOT NULL,
  resource_name TEXT NOT NULL,
  title_ref INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS results (
  scan_seq INTEGER NOT NULL REFERENCES scans (seq) ON DELETE CASCADE,
  subject_ref INTEGER NOT NULL,
  status INTEGER NOT NULL,
  severity INTEGER NOT NULL,
  waived INTEGER NOT NULL,
  PRIMARY KEY (scan_seq, subject_ref)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS check_counts (
  scan_seq INTEGER NOT NULL REFERENCES scans (seq) ON DELETE CASCADE,
  check_ref INTEGER NOT NULL,
  status INTEGER NOT NULL,
  waived INTEGER NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (scan_seq, check_ref, status, waived)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS scan_controls (
  scan_seq INTEGER NOT NULL REFERENCES scans (seq) ON DELETE CASCADE,
  framework_ref INTEGER NOT NULL,
  control_ref INTEGER NOT NULL,
  check_ref INTEGER NOT NULL,
  PRIMARY KEY (scan_seq, framework_ref, control_ref, check_ref)
) WITHOUT ROWID;
`;

function tableNames(db: Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
}

/**
 * Make sure `db` is an annexa history database, creating the tables in an empty one and moving a v1
 * file to v2 in place (one transaction). Anything else (another SQLite database, a file that is not
 * SQLite) is an InputError. Returns whether the file is (still) v1, which only a read-only open sees.
 */
export function ensureSchema(db: Database, file: string, readonly: boolean, migrate: (db: Database) => void): 'v1' | 'v2' {
  const notOurs = (why: string): InputError => new InputError(file, `not an annexa history database (${why})`);
  let tables: string[];
  try {
    tables = tableNames(db);
  } catch (err) {
    throw notOurs(err instanceof Error ? err.message : String(err));
  }
  if (tables.length === 0 && !readonly) {
    db.transaction(() => {
      db.exec(DDL);
      db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('schema', HISTORY_SCHEMA);
    }).immediate();
    return 'v2';
  }
  if (!tables.includes('meta'))
    throw notOurs(tables.length ? `it has tables ${tables.slice(0, 3).join(', ')} but no annexa meta table` : 'it is empty');
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined;
  if (row?.value === HISTORY_SCHEMA) return 'v2';
  if (row?.value !== V1) throw notOurs(`schema is ${row?.value ?? 'unset'}, expected ${HISTORY_SCHEMA}`);
  if (readonly) return 'v1';
  db.transaction(() => {
    // Another writer may have migrated it while we waited for the lock.
    const again = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string };
    if (again.value !== V1) return;
    db.exec(DDL);
    migrate(db);
    db.exec('DROP TABLE item_controls; DROP TABLE items;');
    db.prepare("UPDATE meta SET value = ? WHERE key = 'schema'").run(HISTORY_SCHEMA);
  }).immediate();
  return 'v2';
}
