/**
 * The findings page (`--format html`) in a real headless Chromium on a 50,000-item result: it
 * loads, filters, searches and expands a finding, and takes a screenshot. Timing is measured by
 * bench/html-report.ts, not here. Skips, saying how to install Chromium, where none is present.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFindingsHtml } from '../../src/output/html-findings.js';
import { findChromium, INSTALL_HINT } from '../support/chromium.js';
import { largeResult } from '../support/large-result.js';
import type { TestResult } from '../support/result.js';

const N = 50_000;

const executablePath = findChromium();
if (!executablePath) process.stderr.write(`\n[report/findings-chromium] skipped: ${INSTALL_HINT}\n`);

const countText = async (page: Page): Promise<string> => (await page.locator('#count').textContent()) ?? '';
const shownOf = async (page: Page): Promise<number> => Number((await countText(page)).split(' ')[0]);

describe('the findings HTML in headless Chromium, 50,000 items', () => {
  let dir: string;
  let url: string;
  let result: TestResult;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!executablePath) return;
    dir = mkdtempSync(join(tmpdir(), 'annexa-findings-'));
    result = largeResult(N);
    url = pathToFileURL(await writeFindingsHtml(dir, result)).href;
    browser = await chromium.launch({ executablePath, timeout: 60_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads, filters, searches, expands a finding and screenshots, all from the one file', async (ctx) => {
    if (!browser) return ctx.skip(INSTALL_HINT);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready="true"]');

    const failing = result.items.filter((i) => i.status === 'fail').length;
    expect(await countText(page)).toBe(`${N} of ${N} findings, ${failing} failing`);
    // Only the rows in view exist in the DOM.
    const drawn = await page.locator('#list .row').count();
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(100);
    expect(await page.locator('#chart g.bar').count()).toBe(9);

    // Filters: status, then severity, then a control, each narrowing to exactly the matching items.
    await page.selectOption('#f-status', 'fail');
    expect(await shownOf(page)).toBe(failing);
    for (const b of await page.locator('#list .row .badge[class*="s-"]').allInnerTexts()) expect(b).toBe('fail');
    await page.selectOption('#f-severity', 'high');
    expect(await shownOf(page)).toBe(result.items.filter((i) => i.status === 'fail' && i.severity === 'high').length);
    await page.click('#reset');
    await page.selectOption('#f-control', 'A.8.24');
    expect(await shownOf(page)).toBe(result.items.filter((i) => i.controls['iso27001:2022']?.includes('A.8.24')).length);
    await page.selectOption('#f-provider', 'azure');
    expect(await shownOf(page)).toBe(
      result.items.filter((i) => i.resource.provider === 'azure' && i.controls['iso27001:2022']?.includes('A.8.24')).length,
    );
    await page.click('#reset');
    expect(await shownOf(page)).toBe(N);

    // Free-text search over check, resource and message: exactly the items whose text holds the query.
    const target = result.items.find((i) => i.resource.id.endsWith('#7') && i.status === 'fail')!;
    const query = target.resource.id.toLowerCase();
    const matches = result.items.filter((i) =>
      [
        i.checkId,
        i.title,
        i.resource.id,
        i.resource.name,
        i.message,
        ...(i.controls['iso27001:2022'] ?? []),
        i.resource.account,
        i.resource.region,
      ]
        .join(' ')
        .toLowerCase()
        .includes(query),
    ).length;
    expect(matches).toBeGreaterThan(0);
    await page.fill('#q', target.resource.id);
    await expect.poll(() => shownOf(page), { timeout: 10_000 }).toBe(matches);

    // Expand the first: observed facts, API calls and remediation, as the result has them.
    const row = page.locator('#list .row').first();
    const picked = result.items[Number(await row.getAttribute('data-i'))]!;
    expect(picked.resource.id).toBe(target.resource.id);
    await row.click();
    const detail = page.locator('#detail');
    expect(await detail.locator('h2').textContent()).toBe(picked.title);
    expect(JSON.parse((await detail.locator('pre.observed').textContent())!)).toEqual(picked.observed);
    const apis = [...new Set(picked.sources.flatMap((s) => s.apis))];
    expect(await detail.locator('ul.apis li').allTextContents()).toEqual(apis);
    expect(await detail.locator('p.remediation').textContent()).not.toBe('');
    expect(await page.locator('#list .row[aria-expanded="true"]').count()).toBe(1);

    // A check with console and CLI steps shows both.
    await page.fill('#q', 'aws.s3.bucket-versioning-enabled');
    await expect
      .poll(() => shownOf(page), { timeout: 10_000 })
      .toBe(result.items.filter((i) => i.checkId === 'aws.s3.bucket-versioning-enabled').length);
    await page.click('#list .row');
    expect(await detail.locator('.console').count()).toBe(1);
    expect(await detail.locator('pre.cli').textContent()).toMatch(/aws s3api/);

    const shot = await page.screenshot();
    expect(shot.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(shot.length).toBeGreaterThan(20_000);
    expect(errors).toEqual([]);
    expect(requests.filter((u) => u !== url)).toEqual([]);
    await page.close();
  }, 180_000);
});
