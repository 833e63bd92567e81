import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { allMappings } from '../../src/engine/mappings.js';
import type { EvidenceItem } from '../../src/model/evidence.js';
import { fromRoot } from '../../src/paths.js';
import { buildSoa, ITEMS_PER_CONTROL, naWithEvidence, RISK_ACCEPTANCES_LISTED } from '../../src/report/soa.js';
import { DEFAULT_SOA } from '../../src/report/soa-file.js';
import { tempDir } from '../support/cli.js';
import { NOW, resultOf } from './result-fixtures.js';
import { CHECKS, expectedByControl, syntheticItem, syntheticItems } from './soa-synthetic.js';

const CATALOGUE = allMappings().catalogues.find((c) => c.framework === 'iso27001:2022')!.controls;
const RANK = { fail: 0, error: 1, pass: 2, not_applicable: 3 };
/** The review order, written out again: a stable sort of everything is what the bounded list must equal. */
const reviewOrder = (a: EvidenceItem, b: EvidenceItem): number =>
  RANK[a.status] - RANK[b.status] || a.checkId.localeCompare(b.checkId) || a.resource.id.localeCompare(b.resource.id);
const label = (i: EvidenceItem): string => `${i.status} ${i.checkId} ${i.resource.id}`;

describe('the SoA of a large result', () => {
  it('reads the items once and lists per control exactly what sorting them all would list first', () => {
    const n = 20_000;
    const items = syntheticItems(n);
    const result = resultOf(items, CHECKS);
    // Assembling the result counted the items once; the SoA must read them once more, no more.
    items.readings = 0;
    const report = buildSoa({
      result,
      mappings: allMappings(),
      soa: DEFAULT_SOA,
      guidance: new Map(),
      generatedAt: NOW,
    });
    expect(items.readings).toBe(1);
    const all = Array.from({ length: n }, (_, k) => syntheticItem(k));
    for (const row of report.rows) {
      const mine = all.filter((i) => i.controls['iso27001:2022']?.includes(row.id)).sort(reviewOrder);
      expect(row.itemCount).toBe(mine.length);
      expect(row.items.map(label)).toEqual(mine.slice(0, ITEMS_PER_CONTROL).map(label));
    }
    expect(report.rows.find((r) => r.id === 'A.8.13')!.items).toHaveLength(ITEMS_PER_CONTROL);
    // Every waived item is listed while they fit, earliest expiry first.
    const waived = all.filter((i) => i.waiver);
    expect(report.totals.waived).toBe(waived.length);
    expect(report.riskAcceptances.map((a) => a.waiver.expires)).toEqual(waived.map((i) => i.waiver!.expires).sort());
  });

  it('counts every item when it lists only some, in the not-applicable warning too', () => {
    const items = syntheticItems(1000);
    const soa = { ...DEFAULT_SOA, decisions: new Map([['A.8.5', { applicable: false, justification: 'No root users.' }]]) };
    const report = buildSoa({ result: resultOf(items, CHECKS), mappings: allMappings(), soa, guidance: new Map(), generatedAt: NOW });
    const row = report.rows.find((r) => r.id === 'A.8.5')!;
    expect(row.itemCount).toBe(333);
    expect(row.items).toHaveLength(ITEMS_PER_CONTROL);
    expect(naWithEvidence(row)).toBe(`marked not applicable, yet the scan has 333 evidence item(s) for it (${row.fail} failing)`);
  });
});

describe('annexa report soa over a 300,000-item result read from disk', () => {
  const dir = tempDir('annexa-soa-scale-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds every format within a 96 MB heap, counts every item and lists a bounded few per control', async () => {
    const n = 300_000;
    // Holding 300,000 parsed items needs several times this heap: the child finishes only if the SoA streams them.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--max-old-space-size=96', '--import', 'tsx', fromRoot('test', 'report', 'soa-scale-process.ts'), dir, String(n)],
      { cwd: fromRoot(), maxBuffer: 1 << 26 },
    );
    const r = JSON.parse(stdout) as {
      files: string[];
      readings: number;
      streamed: boolean;
      totals: { items: Record<string, number>; waived: number };
      riskAcceptances: string[];
      rows: {
        id: string;
        pass: number;
        fail: number;
        error: number;
        notApplicable: number;
        waived: number;
        itemCount: number;
        listed: string[];
      }[];
    };
    expect(r.streamed).toBe(true);
    expect(r.readings).toBe(1);
    // Never drop a control row: all 93, counted in full.
    expect(r.rows.map((x) => x.id)).toEqual(CATALOGUE.map((c) => c.id));
    const expected = expectedByControl(n);
    for (const row of r.rows) {
      const e = expected.get(row.id) ?? { pass: 0, fail: 0, error: 0, not_applicable: 0, waived: 0, items: 0 };
      expect({ pass: row.pass, fail: row.fail, error: row.error, na: row.notApplicable, waived: row.waived, items: row.itemCount }).toEqual(
        {
          pass: e.pass,
          fail: e.fail,
          error: e.error,
          na: e.not_applicable,
          waived: e.waived,
          items: e.items,
        },
      );
      expect(row.listed).toHaveLength(Math.min(e.items, ITEMS_PER_CONTROL));
      // Failing first: every control here has more failing items than it lists.
      if (e.items) expect(row.listed.every((l) => l.startsWith('fail '))).toBe(true);
    }
    expect(Object.values(r.totals.items).reduce((a, b) => a + b, 0)).toBe(n);
    expect(r.totals.waived).toBe(n / 200);
    expect(r.riskAcceptances).toHaveLength(RISK_ACCEPTANCES_LISTED);

    // Each page says how many more there are and where.
    const byName = (suffix: string): string => readFileSync(r.files.find((f) => f.endsWith(suffix))!, 'utf8');
    const html = byName('soa.html');
    expect(html.match(/<details class="item /g)).toHaveLength(r.rows.reduce((a, x) => a + x.listed.length, 0));
    const a813 = r.rows.find((x) => x.id === 'A.8.13')!;
    expect(html).toContain(`${a813.itemCount} evidence item(s): ${a813.fail} fail, ${a813.error} error, ${a813.pass} pass`);
    expect(html).toContain(
      `${a813.itemCount - ITEMS_PER_CONTROL} more item(s) are in the JSON result annexa-result.json, and in items.jsonl of the scan&#39;s evidence bundle when one was made.`,
    );
    const cut = `Listed: the ${RISK_ACCEPTANCES_LISTED} waived items that expire first, of ${n / 200}. ${n / 200 - RISK_ACCEPTANCES_LISTED} more waived item(s) are in the JSON result annexa-result.json`;
    expect(html.replaceAll('&#39;', "'")).toContain(cut);
    expect(byName('soa.md')).toContain(cut);
    expect(byName('soa.csv').split('\r\n').filter(Boolean)).toHaveLength(CATALOGUE.length + 1);
  }, 600_000);
});
