import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHistory } from '../../src/history/store.js';
import { controlsOverTime, resultsOverTime, type StatusPoint } from '../../src/report/history.js';
import { demoSnapshot, modifiedDemo, resultOf } from '../history/fixtures.js';
import { cli } from '../support/cli.js';

const point = (scanId: string, at: string, c: Partial<StatusPoint>): StatusPoint => ({
  scanId,
  at,
  pass: 0,
  fail: 0,
  error: 0,
  not_applicable: 0,
  waived: 0,
  ...c,
});
const section = (html: string, id: string): string => html.split(`<section id="${id}">`)[1]?.split('</section>')[0] ?? '';

describe('controls over time', () => {
  it('counts each control once per scan by its worst status, oldest scan first', () => {
    const byControl = new Map([
      ['A.8.24', [point('s2', '2026-11-02', { pass: 3, fail: 1 }), point('s1', '2026-11-01', { pass: 4 })]],
      ['A.8.15', [point('s1', '2026-11-01', { pass: 2, error: 1 }), point('s2', '2026-11-02', { pass: 3 })]],
      ['A.5.7', [point('s1', '2026-11-01', { not_applicable: 2 })]],
    ]);
    expect(controlsOverTime(byControl)).toEqual([
      { scanId: 's1', at: '2026-11-01', pass: 1, fail: 0, error: 1 },
      { scanId: 's2', at: '2026-11-02', pass: 1, fail: 1, error: 0 },
    ]);
    expect(resultsOverTime(byControl)).toEqual([
      { scanId: 's1', at: '2026-11-01', pass: 6, fail: 0, error: 1 },
      { scanId: 's2', at: '2026-11-02', pass: 6, fail: 1, error: 0 },
    ]);
  });
});

describe('annexa report soa --history', () => {
  let dir: string;
  let db: string;
  let single: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'annexa-soa-history-'));
    db = join(dir, 'history.db');
    single = join(dir, 'single.db');
    const first = resultOf([demoSnapshot()], '2026-11-20T10:00:00.000Z');
    const second = resultOf([modifiedDemo()], '2026-11-21T10:00:00.000Z');
    const store = openHistory(db);
    store.record(first);
    store.record(second);
    store.close();
    const one = openHistory(single);
    one.record(first);
    one.close();
    writeFileSync(join(dir, 'result.json'), JSON.stringify(second));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws the status of the controls per recorded scan as inline SVG, overall and per control', async () => {
    const r = await cli(['report', 'soa', '--result', 'result.json', '--history', 'history.db', '--format', 'html', '--out', 'out'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(dir, 'out', 'soa.html'), 'utf8');
    const trend = section(html, 'trend');
    expect(trend.match(/<svg class="chart"/g)).toHaveLength(2);
    const bars = [...trend.matchAll(/<g class="bar"><title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(bars).toHaveLength(4);
    expect(bars[0]).toMatch(/^2026-11-20T09:00:00\.000Z: \d+ pass, \d+ fail, \d+ error controls$/);
    expect(bars[1]).toMatch(/^2026-11-21T09:00:00\.000Z: .* controls$/);
    expect(bars[3]).toMatch(/^2026-11-21T09:00:00\.000Z: .* results$/);
    // A.8.24 gained a failure: the KMS key whose rotation was switched off in the second scan.
    const a824 = html.split('data-detail="A.8.24"')[1]!.split('<tr class="control')[0]!;
    const perControl = [...a824.matchAll(/<g class="bar"><title>[^:]+:\d\d:\d\d\.\d+Z: (\d+) pass, (\d+) fail/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(perControl).toHaveLength(2);
    expect(perControl[1]![1]).toBeGreaterThan(0);
    expect(html).not.toMatch(/<script/);
    // A control no scan has evidence for (a manual one) gets no empty chart.
    const a51 = html.split('data-detail="A.5.1"')[1]!.split('<tr class="control')[0]!;
    expect(a51).toContain('Evidence to request');
    expect(a51).not.toContain('<svg');
  });

  it('explains why there is no chart when the history holds one scan', async () => {
    const r = await cli(['report', 'soa', '--result', 'result.json', '--history', 'single.db', '--format', 'html', '--out', 'one'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    const trend = section(readFileSync(join(dir, 'one', 'soa.html'), 'utf8'), 'trend');
    expect(trend).toContain('The history holds 1 scan(s) with evidence; the chart needs two or more.');
    expect(trend).not.toContain('<svg');
  });

  it('has no trend section without --history, and names a missing store', async () => {
    let r = await cli(['report', 'soa', '--result', 'result.json', '--format', 'html', '--out', 'none'], { cwd: dir });
    expect(readFileSync(join(dir, 'none', 'soa.html'), 'utf8')).not.toContain('<section id="trend">');
    r = await cli(['report', 'soa', '--result', 'result.json', '--history', 'nope.db'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('annexa: nope.db: file not found');
  });
});
