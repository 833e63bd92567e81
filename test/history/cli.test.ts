import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryDiff, ScanRow, TrendPoint } from '../../src/history/store.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { cli } from '../support/cli.js';
import { demoSnapshot, modifiedDemo, resultOf, writeSnapshot } from './fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'annexa-history-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const scan = (snapshot: string, ...extra: string[]) =>
  cli(['scan', '--snapshot', snapshot, '--fail-on', 'none', '--allow-incomplete', ...extra], { cwd: work });
const history = (...args: string[]) => cli(['history', ...args], { cwd: work });

// The demo file also holds an Azure subscription; both scans compare the AWS account alone.
let original: string;
let modified: string;
beforeAll(() => {
  original = writeSnapshot(join(work, 'original.json'), demoSnapshot());
  modified = writeSnapshot(join(work, 'modified.json'), modifiedDemo());
});

describe('annexa history', () => {
  it('diffs two scans of modified snapshots: new, resolved and changed items', async () => {
    const first = await scan(original, '--history');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Recorded scan \d{8}T\d{6}Z-[0-9a-f]{6} in the history/);
    expect(first.stdout).toContain('.annexa/history.db');
    const second = await scan(modified, '--history');
    expect(second.code, second.stderr).toBe(0);

    const list = await history('list', '--format', 'json');
    expect(list.code, list.stderr).toBe(0);
    const scans = JSON.parse(list.stdout) as ScanRow[];
    expect(scans).toHaveLength(2);

    const json = await history('diff', 'previous', 'latest', '--format', 'json');
    expect(json.code, json.stderr).toBe(0);
    const d = JSON.parse(json.stdout) as HistoryDiff;
    expect([d.from.id, d.to.id]).toEqual(scans.map((s) => s.id));
    expect(d.new.map((i) => [i.checkId, i.resourceName, i.status])).toEqual([
      ['aws.ec2.ebs-volume-encrypted', 'vol-0new0000000000001', 'fail'],
    ]);
    expect([...new Set(d.resolved.map((i) => i.resourceName))]).toEqual(['acme-legacy-exports']);
    expect(d.changed.map((c) => [c.item.checkId, c.item.region, c.from.status, c.to.status])).toEqual([
      ['aws.ec2.ebs-default-encryption-enabled', 'eu-west-1', 'fail', 'pass'],
      ['aws.kms.key-rotation-enabled', 'eu-west-1', 'pass', 'fail'],
    ]);

    const text = await history('diff', scans[0]!.id, 'latest');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('New (1)');
    expect(text.stdout).toMatch(
      /Changed \(2\)\n {2}fail → pass +medium +aws\.ec2\.ebs-default-encryption-enabled {2}123456789012 eu-west-1/,
    );
    expect(text.stdout).toMatch(/Resolved \(gone from the later scan\) \(\d+\)/);
    expect(text.stdout).toContain(`Unchanged: ${d.unchanged}`);

    const listText = await history('list');
    expect(listText.stdout).toContain(scans[1]!.id);
    expect(listText.stdout).toContain('2 scans');
  });

  it('shows a control over time, as text and json', async () => {
    const json = await history('trend', '--control', 'A.8.24', '--format', 'json');
    expect(json.code, json.stderr).toBe(0);
    const t = JSON.parse(json.stdout) as { framework: string; control: string; points: TrendPoint[] };
    expect(t.framework).toBe('iso27001:2022');
    expect(t.points).toHaveLength(2);
    // The same counts, straight from evaluating both snapshots.
    const counts = (snap: Snapshot): Omit<TrendPoint, 'scanId' | 'at'> => {
      const items = resultOf([snap]).items.filter((i) => i.controls['iso27001:2022']?.includes('A.8.24'));
      const n = (s: string): number => items.filter((i) => i.status === s).length;
      return { pass: n('pass'), fail: n('fail'), error: n('error'), not_applicable: n('not_applicable'), waived: 0 };
    };
    expect(t.points.map(({ scanId: _s, at: _a, ...c }) => c)).toEqual([counts(demoSnapshot()), counts(modifiedDemo())]);
    expect(t.points[1]!.fail).not.toBe(t.points[0]!.fail);
    const text = await history('trend', '--control', 'A.8.24');
    expect(text.stdout).toMatch(/^iso27001:2022 A\.8\.24: items per scan/);
    expect(text.stdout).toContain('PASS  FAIL  ERROR');
    const unknown = await history('trend', '--control', 'A.99.1');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--control: "A.99.1" is not a control of iso27001:2022');
  });

  it('takes the file and retention from annexa.yaml', async () => {
    writeFileSync(join(work, 'annexa.yaml'), 'history:\n  file: audit/scans.db\n  retain:\n    scans: 1\n');
    for (const s of [original, modified]) expect((await scan(s)).code).toBe(0);
    const list = await history('list', '--format', 'json');
    expect((JSON.parse(list.stdout) as ScanRow[]).map((s) => s.finishedAt)).toEqual([modifiedDemo().finishedAt]);
    rmSync(join(work, 'annexa.yaml'));
    writeFileSync(join(work, 'bad.yaml'), 'history:\n  retain:\n    scans: 0\n');
    const bad = await scan(original, '--config', 'bad.yaml');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('history.retain.scans');
  });

  it('refuses a file that is not an annexa history database, before scanning', async () => {
    writeFileSync(join(work, 'notes.db'), 'plain text, not SQLite'.repeat(50));
    const r = await scan(original, '--history', 'notes.db');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^annexa: .*notes\.db: not an annexa history database \(/);
    expect(r.stdout).toBe('');
    const l = await history('list', '--file', 'notes.db');
    expect(l.code).toBe(2);
    const none = await history('list', '--file', 'empty/none.db');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no scan history here yet');
    // A directory, for the scan and for the history commands alike.
    for (const r of [await scan(original, '--history', '.'), await history('list', '--file', '.')]) {
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toMatch(/^annexa: \S+: is a directory; name the history database file/);
    }
  });

  it('takes --history as well as --file, the way scan and report soa name the store', async () => {
    expect((await scan(original, '--history', 'named.db')).code).toBe(0);
    const r = await history('list', '--history', 'named.db', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout) as ScanRow[]).toHaveLength(1);
    const both = await history('list', '--history', 'named.db', '--file', 'other.db');
    expect(both.code).toBe(2);
    expect(both.stderr.trim()).toBe('annexa: --history: names named.db but --file names other.db; give one');
  });
});
