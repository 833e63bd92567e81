/**
 * How one scan's items go into a v2 history file: names interned once, an item's identity stored
 * once ever, and per scan only small integers per item plus per-check counts and control tags.
 */
import type { Database } from 'better-sqlite3';
import { SEVERITIES, type Severity, STATUSES, type Status } from '../model/status.js';

export interface ItemRow {
  itemId: string;
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

/** Item ids are 32 hex digits (the result schema says so); 16 bytes each as a blob. */
export function itemKey(id: string): Buffer {
  return /^[0-9a-f]{32}$/.test(id) ? Buffer.from(id, 'hex') : Buffer.from(id, 'utf8');
}

export interface ScanWriter {
  item(seq: number, row: ItemRow): void;
  control(seq: number, framework: string, control: string, checkId: string): void;
  /** Write the per-check counts gathered by `item`. */
  finish(seq: number): void;
}

export function writer(db: Database): ScanWriter {
  const names = new Map<string, number>();
  const findName = db.prepare('SELECT ref FROM names WHERE text = ?');
  const addName = db.prepare('INSERT INTO names (text) VALUES (?)');
  const name = (text: string): number => {
    let ref = names.get(text);
    if (ref === undefined) {
      ref = (findName.get(text) as { ref: number } | undefined)?.ref ?? Number(addName.run(text).lastInsertRowid);
      names.set(text, ref);
    }
    return ref;
  };
  const findSubject = db.prepare('SELECT ref, resource_name, title_ref FROM subjects WHERE item_id = ?');
  const addSubject = db.prepare(
    `INSERT INTO subjects (item_id, check_ref, provider_ref, account_ref, region_ref, type_ref, resource_id, resource_name, title_ref)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // Names and titles can change between scans; the history shows the latest.
  const renameSubject = db.prepare('UPDATE subjects SET resource_name = ?, title_ref = ? WHERE ref = ?');
  const addResult = db.prepare('INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?)');
  const addControl = db.prepare('INSERT OR IGNORE INTO scan_controls VALUES (?, ?, ?, ?)');
  const addCount = db.prepare('INSERT INTO check_counts VALUES (?, ?, ?, ?, ?)');
  const counts = new Map<string, number>();
  return {
    item(seq, r) {
      const key = itemKey(r.itemId);
      const title = name(r.title);
      const found = findSubject.get(key) as { ref: number; resource_name: string; title_ref: number } | undefined;
      let ref: number;
      if (found) {
        ref = found.ref;
        if (found.resource_name !== r.resourceName || found.title_ref !== title) renameSubject.run(r.resourceName, title, ref);
      } else {
        ref = Number(
          addSubject.run(
            key,
            name(r.checkId),
            name(r.provider),
            name(r.account),
            name(r.region),
            name(r.resourceType),
            r.resourceId,
            r.resourceName,
            title,
          ).lastInsertRowid,
        );
      }
      const status = STATUSES.indexOf(r.status);
      addResult.run(seq, ref, status, SEVERITIES.indexOf(r.severity), r.waived ? 1 : 0);
      const k = `${name(r.checkId)}|${status}|${r.waived ? 1 : 0}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    },
    control(seq, framework, control, checkId) {
      addControl.run(seq, name(framework), name(control), name(checkId));
    },
    finish(seq) {
      for (const [k, n] of counts) {
        const [check, status, waived] = k.split('|').map(Number) as [number, number, number];
        addCount.run(seq, check, status, waived, n);
      }
      counts.clear();
    },
  };
}
