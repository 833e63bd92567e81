import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemsOf } from '../../src/model/items.js';
import { SEVERITIES, STATUSES } from '../../src/model/status.js';
import { HTML_FILE, scriptJson, writeFindingsHtml } from '../../src/output/html-findings.js';
import { fromRoot } from '../../src/paths.js';
import { cli, tempDir } from '../support/cli.js';
import { demoSnapshots, resultOf } from './sarif-fixtures.js';

/** The JSON island, read back the way the page's script reads it. */
function island(html: string): { checks: unknown[][]; items: unknown[][] } {
  const m = /<script type="application\/json" id="annexa-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]!) as { checks: unknown[][]; items: unknown[][] };
}

describe('findings HTML', () => {
  it('keeps hostile text inert: no early </script>, no markup', async () => {
    expect(scriptJson({ m: '</script><script>alert(1)</script>\u2028' })).not.toMatch(/<|\u2028/);
    const result = resultOf(demoSnapshots());
    const evil = { ...result, items: itemsOf([{ ...result.items[0]!, message: '</script><img src=x onerror=alert(1)>' }]) };
    const html = readFileSync(await writeFindingsHtml(tempDir('annexa-html-'), evil), 'utf8');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(island(html).items[0]![9]).toBe('</script><img src=x onerror=alert(1)>');
  });

  it('carries every item, its check, observed facts and API calls, and forbids the network', async () => {
    const result = resultOf(demoSnapshots());
    const html = readFileSync(await writeFindingsHtml(tempDir('annexa-html-'), result), 'utf8');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(link|img|iframe)\b|https?:\/\/[^"' ]+\.(js|css)/);
    const data = island(html);
    expect(data.items).toHaveLength(result.items.length);
    const first = result.items[0]!;
    expect(data.checks[data.items[0]![0] as number]![0]).toBe(first.checkId);
    expect(data.items[0]![11]).toEqual(first.observed);
    expect(data.items[0]![12]).toBe([...new Set(first.sources.flatMap((s) => s.apis))].join(' '));
  });

  it('scan --format html writes the page', async () => {
    const r = await cli([
      'scan',
      '--snapshot',
      fromRoot('demo', 'demo-snapshot.json'),
      '--format',
      'html',
      '--fail-on',
      'none',
      '--allow-incomplete',
      '-q',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(r.cwd, 'annexa-out', HTML_FILE), 'utf8')).toMatch(/^<!doctype html>/);
  });
});

describe('findings HTML of a run larger than a page holds', () => {
  it('embeds the most important items up to the cap, in their order, and says it shows only part', async () => {
    const result = resultOf(demoSnapshots());
    const fails = result.items.filter((i) => i.status === 'fail').length;
    const cap = fails + 3;
    const html = readFileSync(await writeFindingsHtml(tempDir('annexa-html-'), result, cap), 'utf8');
    const data = island(html);
    expect(data.items).toHaveLength(cap);
    // Every failing item, then the first errors by severity; nothing else.
    const fail = STATUSES.indexOf('fail');
    expect(data.items.filter((r) => r[1] === fail)).toHaveLength(fails);
    const errorSeverities = result.items
      .filter((i) => i.status === 'error')
      .map((i) => SEVERITIES.indexOf(i.severity))
      .sort();
    const rest = data.items.filter((r) => r[1] !== fail);
    expect(rest.every((r) => r[1] === STATUSES.indexOf('error'))).toBe(true);
    expect(rest.map((r) => r[2] as number).sort()).toEqual(errorSeverities.slice(0, 3));
    // Kept in the run's order.
    const key = (check: string, id: string): string => `${check} ${id}`;
    const shown = data.items.map((r) => key(data.checks[r[0] as number]![0] as string, r[7] as string));
    const set = new Set(shown);
    expect(shown).toEqual(result.items.map((i) => key(i.checkId, i.resource.id)).filter((k) => set.has(k)));
    expect(html).toContain(`This page shows ${cap} of ${result.items.length} items`);
    // A run that fits shows everything and says nothing about it.
    expect(readFileSync(await writeFindingsHtml(tempDir('annexa-html-'), result), 'utf8')).not.toContain('id="partial"');
  });
});
