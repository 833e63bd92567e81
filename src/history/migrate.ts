import type { Database } from 'better-sqlite3';
import type { Severity, Status } from '../model/status.js';
import { writer } from './write.js';

interface V1Item {
  scan_seq: number;
  item_id: string;
  check_id: string;
  title: string;
  provider: string;
  account: string;
  region: string;
  resource_type: string;
  resource_id: string;
  resource_name: string;
  status: Status;
  severity: Severity;
  waived: number;
}

/** Copy a v1 file's items and tags into the v2 tables (the caller holds the write transaction). */
export function migrateV1(db: Database): void {
  const w = writer(db);
  const seqs = (db.prepare('SELECT seq FROM scans ORDER BY seq').all() as { seq: number }[]).map((r) => r.seq);
  const items = db.prepare('SELECT * FROM items WHERE scan_seq = ?');
  const tags = db.prepare(
    `SELECT DISTINCT c.framework, c.control_id, i.check_id FROM item_controls c
     JOIN items i ON i.scan_seq = c.scan_seq AND i.item_id = c.item_id WHERE c.scan_seq = ?`,
  );
  for (const seq of seqs) {
    for (const r of items.all(seq) as V1Item[]) {
      w.item(seq, {
        itemId: r.item_id,
        checkId: r.check_id,
        title: r.title,
        provider: r.provider,
        account: r.account,
        region: r.region,
        resourceType: r.resource_type,
        resourceId: r.resource_id,
        resourceName: r.resource_name,
        status: r.status,
        severity: r.severity,
        waived: r.waived === 1,
      });
    }
    for (const t of tags.all(seq) as { framework: string; control_id: string; check_id: string }[])
      w.control(seq, t.framework, t.control_id, t.check_id);
    w.finish(seq);
  }
}
