/**
 * First paint of the findings page (`--format html`) on a 50,000-item result, in headless
 * Chromium: `npx tsx bench/html-report.ts [items] [runs]`. Writes bench/results/html-report.json.
 * A benchmark, not a test: the machine's load is recorded beside the numbers.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { writeFindingsHtml } from '../src/output/html-findings.js';
import { fromRoot } from '../src/paths.js';
import { largeResult } from '../test/support/large-result.js';

const items = Number(process.argv[2] ?? 50_000);
const runs = Number(process.argv[3] ?? 5);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = mkdtempSync(join(tmpdir(), 'annexa-html-bench-'));
const before = loadavg().map((n) => Math.round(n * 100) / 100);
const t0 = performance.now();
const file = await writeFindingsHtml(dir, largeResult(items));
const writeMs = performance.now() - t0;
const browser = await chromium.launch({ executablePath });
const samples: { firstPaintMs: number; firstContentfulPaintMs: number; rowsDrawnMs: number; filterMs: number }[] = [];
// Evaluated in the page, as strings: this file is type-checked without the DOM library.
const PAINT = `(() => { const by = {}; for (const e of performance.getEntriesByType('paint')) by[e.name] = e.startTime;
  const rows = performance.getEntriesByName('annexa-rows')[0]; return { fp: by['first-paint'], fcp: by['first-contentful-paint'], rows: rows ? rows.startTime : NaN }; })()`;
const FILTER = `(() => { const s = document.getElementById('f-status'); const t = performance.now(); s.value = 'fail';
  s.dispatchEvent(new Event('change')); return performance.now() - t; })()`;
try {
  for (let r = 0; r < runs; r++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready="true"]');
    const paint = (await page.evaluate(PAINT)) as { fp: number; fcp: number; rows: number };
    // One filter round-trip: status=fail over every item.
    const filterMs = (await page.evaluate(FILTER)) as number;
    samples.push({ firstPaintMs: paint.fp, firstContentfulPaintMs: paint.fcp, rowsDrawnMs: paint.rows, filterMs });
    await page.close();
  }
} finally {
  await browser.close();
}
const out = {
  generatedAt: new Date().toISOString(),
  machine: { cpus: cpus().length, loadBefore: before, loadAfter: loadavg().map((n) => Math.round(n * 100) / 100), node: process.version },
  chromium: browser.version(),
  items,
  runs,
  fileMB: Math.round((statSync(file).size / 2 ** 20) * 10) / 10,
  writeMs: Math.round(writeMs),
  medianFirstPaintMs: Math.round(median(samples.map((s) => s.firstPaintMs))),
  medianFirstContentfulPaintMs: Math.round(median(samples.map((s) => s.firstContentfulPaintMs))),
  medianRowsDrawnMs: Math.round(median(samples.map((s) => s.rowsDrawnMs))),
  medianFilterMs: Math.round(median(samples.map((s) => s.filterMs))),
  samples: samples.map((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Math.round(v)]))),
  target:
    'first paint under 3000 ms with 50,000 items; rowsDrawnMs is when the first findings rows are on the page (the JSON parsed, filters filled, list drawn)',
};
mkdirSync(fromRoot('bench', 'results'), { recursive: true });
writeFileSync(fromRoot('bench', 'results', 'html-report.json'), `${JSON.stringify(out, null, 2)}\n`);
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
