import type { Database } from 'better-sqlite3';
import { InputError } from '../errors.js';

/** Written to `meta` so a history file is recognised, and so later versions can migrate it. */
export const HISTORY_SCHEMA = 'annexa.history/v1';

// Keys lead with scan_seq: a new scan's rows append at the end of each B-tree (fast inserts),
// and a trend is one short range lookup per scan.
// Scans are ordered by when their data was collected (finished_at), then by recording order,
// so a back-filled old snapshot lands where it belongs in a trend.
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
CREATE TABLE IF NOT EXISTS items (
  scan_seq INTEGER NOT NULL REFERENCES scans (seq) ON DELETE CASCADE,
  item_id TEXT NOT NULL,
  check_id TEXT NOT NULL,
  title TEXT NOT NULL,
  provider TEXT NOT NULL,
  account TEXT NOT NULL,
  region TEXT NOT NULL,
  resource_type TEXT NOT NULL,
  resource_id TEXT NOT NULL,
  resource_name TEXT NOT NULL,
  status TEXT NOT NULL,
  severity TEXT NOT NULL,
  waived INTEGER NOT NULL,
  PRIMARY KEY (scan_seq, item_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS item_controls (
  scan_seq INTEGER NOT NULL REFERENCES scans (seq) ON DELETE CASCADE,
  framework TEXT NOT NULL,
  control_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  PRIMARY KEY (scan_seq, framework, control_id, item_id)
) WITHOUT ROWID;
`;

function tableNames(db: Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
}

/**
 * Make sure `db` is an annexa history database, creating the tables in an empty one.
 * Anything else (another SQLite database, a file that is not SQLite) is an InputError.
 */
export function ensureSchema(db: Database, file: string, readonly: boolean): void {
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
    return;
  }
  if (!tables.includes('meta'))
    throw notOurs(tables.length ? `it has tables ${tables.slice(0, 3).join(', ')} but no annexa meta table` : 'it is empty');
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined;
  if (row?.value !== HISTORY_SCHEMA) throw notOurs(`schema is ${row?.value ?? 'unset'}, expected ${HISTORY_SCHEMA}`);
}
