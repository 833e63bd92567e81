/**
 * Opens the HTML report in a real headless Chromium (Debian `chromium`) and screenshots it.
 * Skips, saying how to install Chromium, where none is present. Set ANNEXA_UPDATE_SCREENSHOT=1
 * to refresh docs/soa-report.png from this run.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHistory } from '../../src/history/store.js';
import { fromRoot } from '../../src/paths.js';
import { demoSnapshot, modifiedDemo, resultOf } from '../history/fixtures.js';
import { findChromium, INSTALL_HINT } from '../support/chromium.js';
import { cli } from '../support/cli.js';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const executablePath = findChromium();
if (!executablePath) process.stderr.write(`\n[report/chromium] skipped: ${INSTALL_HINT}\n`);

describe('the SoA HTML in headless Chromium', () => {
  let dir: string;
  let url: string;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!executablePath) return;
    dir = mkdtempSync(join(tmpdir(), 'annexa-soa-chromium-'));
    // Two recorded scans of the demo, so the page shows the chart too.
    const store = openHistory(join(dir, 'history.db'));
    store.record(resultOf([demoSnapshot()], '2026-11-20T10:00:00.000Z'));
    const latest = resultOf([modifiedDemo()], '2026-11-21T10:00:00.000Z');
    store.record(latest);
    store.close();
    writeFileSync(join(dir, 'result.json'), JSON.stringify(latest));
    const r = await cli(['report', 'soa', '--result', 'result.json', '--history', 'history.db', '--format', 'html', '--out', 'out'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    url = pathToFileURL(join(dir, 'out', 'soa.html')).href;
    browser = await chromium.launch({ executablePath, timeout: 60_000 });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('renders the control table, the chart and the drill-down, and screenshots as a PNG', async (ctx) => {
    if (!browser) return ctx.skip(INSTALL_HINT);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const requests: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(url, { waitUntil: 'load' });

    expect(await page.title()).toMatch(/^Statement of Applicability/);
    expect(await page.locator('table.soa tr.control').count()).toBe(93);
    expect(await page.locator('table.soa tbody.theme').count()).toBe(4);
    const table = await page.locator('table.soa').boundingBox();
    expect(table!.width).toBeGreaterThan(900);
    expect(table!.height).toBeGreaterThan(93 * 20);
    expect(await page.locator('tr.control#A\\.8\\.24').isVisible()).toBe(true);
    expect(await page.locator('#trend svg.chart g.bar').count()).toBe(4);
    expect((await page.locator('#trend svg.chart').first().boundingBox())!.height).toBeGreaterThan(100);

    // The top of the page: header, totals, chart and the first controls.
    const shot = await page.screenshot({ fullPage: false });
    expect(shot.length).toBeGreaterThan(20_000);
    expect(pngSize(shot)).toEqual({ width: 1280, height: 900 });
    const full = await page.screenshot({ fullPage: true });
    const size = pngSize(full);
    expect(size.width).toBe(1280);
    expect(size.height).toBeGreaterThan(3000);
    if (process.env.ANNEXA_UPDATE_SCREENSHOT === '1') {
      mkdirSync(fromRoot('docs'), { recursive: true });
      writeFileSync(fromRoot('docs', 'soa-report.png'), shot);
    }

    // Drill-down works without script: opening a control's <details> shows its items.
    const evidence = page.locator('tr[data-detail="A.8.24"] details.evidence');
    const firstItem = evidence.locator('details.item').first();
    expect(await firstItem.isVisible()).toBe(false);
    await evidence.locator('summary').first().click();
    expect(await firstItem.isVisible()).toBe(true);

    // Everything came from the one file.
    expect(requests.filter((u) => u !== url)).toEqual([]);

    // Print layout hides the screen-only hint and keeps the table.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#controls p.screen-only').isVisible()).toBe(false);
    expect(await page.locator('table.soa tr.control').first().isVisible()).toBe(true);
    await page.close();
  }, 90_000);
});
