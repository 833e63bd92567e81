import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { openHistory } from '../../src/history/store.js';
import { itemsOf } from '../../src/model/items.js';
import { fromRoot } from '../../src/paths.js';
import { cloneResult } from '../support/result.js';
import { demoSnapshot, modifiedDemo, resultOf } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'annexa-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => join(dir, `h${++n}`, 'history.db');

const before = resultOf([demoSnapshot()], '2026-11-20T10:00:00.000Z');
const after = resultOf([modifiedDemo()], '2026-11-21T10:00:00.000Z');

describe('history store', () => {
  it('records scans and diffs them: new, resolved and changed items', () => {
    const h = openHistory(fresh());
    const a = h.record(before);
    const b = h.record(after);
    expect(a).toMatch(/^20261120T100000Z-[0-9a-f]{6}$/);
    expect(h.scans().map((s) => s.id)).toEqual([a, b]);
    expect(h.scans()[0]).toMatchObject({ accounts: ['123456789012'], items: before.items.length, complete: false });

    const d = h.diff('previous', 'latest');
    expect(d.from.id).toBe(a);
    expect(d.to.id).toBe(b);
    expect(d.new.map((i) => `${i.checkId} ${i.resourceName} ${i.status}`)).toEqual([
      'aws.ec2.ebs-volume-encrypted vol-0new0000000000001 fail',
    ]);
    expect(new Set(d.resolved.map((i) => i.resourceName))).toEqual(new Set(['acme-legacy-exports']));
    expect(d.resolved.length).toBeGreaterThan(3);
    expect(d.changed.map((c) => `${c.item.checkId} ${c.item.region} ${c.from.status}->${c.to.status}`)).toEqual([
      'aws.ec2.ebs-default-encryption-enabled eu-west-1 fail->pass',
      'aws.kms.key-rotation-enabled eu-west-1 pass->fail',
    ]);
    expect(d.unchanged).toBe(after.items.length - d.new.length - d.changed.length);
    // Ids and unique prefixes work as well as latest/previous.
    expect(h.diff(a.slice(0, 18), b).changed).toHaveLength(2);
    h.close();
  });

  it('shows a control over time, counting waived items within their status', () => {
    const waived = cloneResult(after);
    const target = waived.items.find((i) => i.checkId === 'aws.kms.key-rotation-enabled' && i.status === 'fail')!;
    target.waiver = {
      check: target.checkId,
      resource: target.resource.id,
      reason: 'rotation handled by HSM',
      owner: 'sec',
      expires: '2027-01-31',
    };
    const h = openHistory(fresh());
    const [a, b] = [h.record(before), h.record(waived)];
    const trend = h.controlTrend('A.8.24');
    const count = (r: typeof before, s: string): number =>
      r.items.filter((i) => i.controls['iso27001:2022']?.includes('A.8.24') && i.status === s).length;
    expect(trend).toEqual([
      {
        scanId: a,
        at: before.run.finishedAt,
        pass: count(before, 'pass'),
        fail: count(before, 'fail'),
        error: count(before, 'error'),
        not_applicable: count(before, 'not_applicable'),
        waived: 0,
      },
      {
        scanId: b,
        at: waived.run.finishedAt,
        pass: count(waived, 'pass'),
        fail: count(waived, 'fail'),
        error: count(waived, 'error'),
        not_applicable: count(waived, 'not_applicable'),
        waived: 1,
      },
    ]);
    expect(trend[0]!.fail).toBeGreaterThan(0);
    // A control no item maps to still has a point per scan, all zero; so does an unknown framework.
    expect(h.controlTrend('A.5.1').map((p) => p.pass + p.fail + p.error + p.waived)).toEqual([0, 0]);
    expect(h.controlTrend('A.8.24', 'iso27001:2013').map((p) => p.fail)).toEqual([0, 0]);
    h.close();
  });

  it('keeps at most N scans, and none older than D days, but never drops the scan just recorded', () => {
    const file = fresh();
    const at = (day: number): typeof before => {
      const r = cloneResult(before);
      r.run.finishedAt = `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
      return r;
    };
    const byCount = openHistory(file, { retain: { scans: 3 } });
    const ids = [1, 2, 3, 4, 5].map((d) => byCount.record(at(d)));
    expect(byCount.scans().map((s) => s.id)).toEqual(ids.slice(2));
    byCount.close();

    const byAge = openHistory(file, { retain: { days: 2 }, now: () => new Date('2026-11-06T12:00:00Z') });
    const six = byAge.record(at(6));
    expect(byAge.scans().map((s) => s.finishedAt.slice(0, 10))).toEqual(['2026-11-05', '2026-11-06']);
    // A back-filled old scan is kept once, even though it is past the cut-off.
    const old = byAge.record(at(1));
    expect(byAge.scans().map((s) => s.id)).toEqual([old, ids[4], six]);
    byAge.close();

    // Pruned scans take their items and control rows with them.
    const db = new Database(file, { readonly: true });
    const seqs = (db.prepare('SELECT COUNT(DISTINCT scan_seq) AS n FROM results').get() as { n: number }).n;
    const ctl = (db.prepare('SELECT COUNT(DISTINCT scan_seq) AS n FROM scan_controls').get() as { n: number }).n;
    db.close();
    expect([seqs, ctl]).toEqual([3, 3]);
  });

  it('survives several processes writing the same file at once', async () => {
    const file = fresh();
    const resultFile = join(dir, 'result.json');
    writeFileSync(resultFile, JSON.stringify(before));
    const run = promisify(execFile);
    const worker = fromRoot('test', 'history', 'writer-process.ts');
    const writers = 4;
    const each = 5;
    await Promise.all(
      Array.from({ length: writers }, () =>
        run(process.execPath, ['--import', 'tsx', worker, file, resultFile, String(each)], { cwd: fromRoot() }),
      ),
    );
    const h = openHistory(file, { readonly: true });
    const scans = h.scans();
    expect(scans).toHaveLength(writers * each);
    expect(new Set(scans.map((s) => s.id)).size).toBe(writers * each);
    expect(scans.every((s) => s.items === before.items.length)).toBe(true);
    h.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((db.prepare('SELECT COUNT(*) AS n FROM results').get() as { n: number }).n).toBe(writers * each * before.items.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  }, 60_000);

  it('refuses files that are not an annexa history database', () => {
    const other = join(dir, 'other.db');
    const db = new Database(other);
    db.exec('CREATE TABLE notes (x TEXT)');
    db.close();
    const text = join(dir, 'text.db');
    writeFileSync(text, 'this is not sqlite at all, just some text that is long enough to look like a header\n'.repeat(20));
    for (const f of [other, text]) {
      expect(() => openHistory(f)).toThrowError(InputError);
      expect(() => openHistory(f)).toThrowError(/not an annexa history database/);
      expect(() => openHistory(f, { readonly: true })).toThrowError(/not an annexa history database/);
    }
    expect(() => openHistory(join(dir, 'missing.db'), { readonly: true })).toThrowError(/no scan history here yet/);
  });

  it('names a scan reference that does not exist', () => {
    const h = openHistory(fresh());
    h.record(before);
    expect(() => h.diff('previous', 'latest')).toThrowError(/previous: there is no previous scan \(the history holds 1\)/);
    expect(() => h.diff('nope', 'latest')).toThrowError(/nope: no such scan id/);
    h.close();
  });

  it('upgrades a v1 file in place on the next recorded scan, keeping its scans, diffs and trends', () => {
    // The v1 layout as 0.1.0 wrote it: one text row per item and per item × control.
    const file = fresh();
    const v2 = openHistory(file);
    v2.record(before);
    const expectedTrend = v2.controlTrend('A.8.24');
    v2.close();
    const db = new Database(file);
    const items = db
      .prepare(
        `SELECT lower(hex(s.item_id)) AS item_id, c.text AS check_id, t.text AS title, p.text AS provider, a.text AS account,
                g.text AS region, y.text AS resource_type, s.resource_id, s.resource_name, r.status, r.severity, r.waived, r.scan_seq
         FROM results r JOIN subjects s ON s.ref = r.subject_ref JOIN names c ON c.ref = s.check_ref JOIN names t ON t.ref = s.title_ref
         JOIN names p ON p.ref = s.provider_ref JOIN names a ON a.ref = s.account_ref JOIN names g ON g.ref = s.region_ref
         JOIN names y ON y.ref = s.type_ref`,
      )
      .all() as Record<string, string | number>[];
    const statuses = ['pass', 'fail', 'error', 'not_applicable'];
    const severities = ['critical', 'high', 'medium', 'low', 'info'];
    db.exec(`DROP TABLE results; DROP TABLE subjects; DROP TABLE names; DROP TABLE scan_controls; DROP TABLE check_counts;
      CREATE TABLE items (scan_seq INTEGER NOT NULL, item_id TEXT NOT NULL, check_id TEXT NOT NULL, title TEXT NOT NULL,
        provider TEXT NOT NULL, account TEXT NOT NULL, region TEXT NOT NULL, resource_type TEXT NOT NULL, resource_id TEXT NOT NULL,
        resource_name TEXT NOT NULL, status TEXT NOT NULL, severity TEXT NOT NULL, waived INTEGER NOT NULL, PRIMARY KEY (scan_seq, item_id)) WITHOUT ROWID;
      CREATE TABLE item_controls (scan_seq INTEGER NOT NULL, framework TEXT NOT NULL, control_id TEXT NOT NULL, item_id TEXT NOT NULL,
        PRIMARY KEY (scan_seq, framework, control_id, item_id)) WITHOUT ROWID;
      UPDATE meta SET value = 'annexa.history/v1' WHERE key = 'schema';`);
    const ins = db.prepare('INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const tag = db.prepare('INSERT INTO item_controls VALUES (?, ?, ?, ?)');
    for (const r of items) {
      ins.run(
        r.scan_seq,
        r.item_id,
        r.check_id,
        r.title,
        r.provider,
        r.account,
        r.region,
        r.resource_type,
        r.resource_id,
        r.resource_name,
        statuses[r.status as number],
        severities[r.severity as number],
        r.waived,
      );
    }
    for (const i of before.items) for (const c of i.controls['iso27001:2022'] ?? []) tag.run(1, 'iso27001:2022', c, i.id);
    db.close();

    // Read-only opens cannot upgrade, and say how.
    expect(() => openHistory(file, { readonly: true })).toThrowError(/v1 history format; record one scan into it/);
    const h = openHistory(file);
    expect(h.controlTrend('A.8.24')).toEqual(expectedTrend);
    h.record(after);
    const d = h.diff('previous', 'latest');
    expect(d.changed.length + d.new.length + d.resolved.length).toBeGreaterThan(0);
    expect(h.scans()).toHaveLength(2);
    h.close();
  });

  it('adds a few bytes per item per scan, however long the resource ids are', () => {
    const file = fresh();
    const h = openHistory(file, { retain: {} });
    const big = cloneResult(before);
    const template = big.items[0]!;
    big.items = itemsOf(
      Array.from({ length: 20_000 }, (_, k) => ({
        ...template,
        id: k.toString(16).padStart(32, '0'),
        resource: { ...template.resource, id: `arn:aws:s3:::bucket-with-a-long-name-number-${k}`, name: `bucket-${k}` },
      })),
    );
    h.record(big);
    h.close();
    const first = statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
    const again = openHistory(file, { retain: {} });
    for (let k = 0; k < 3; k++) again.record(big);
    again.close();
    const db = new Database(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const perScan = (statSync(file).size - first) / 3;
    // A repeat scan stores ~5 small integers per item: well under 100 bytes (v1 took ~1.7 kB).
    expect(perScan / big.items.length).toBeLessThan(100);
  });
});
