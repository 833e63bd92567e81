import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemsOf } from '../../src/model/items.js';
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
  it('keeps hostile text inert: no early </script>, no markup', () => {
    expect(scriptJson({ m: '</script><script>alert(1)</script>\u2028' })).not.toMatch(/<|\u2028/);
    const result = resultOf(demoSnapshots());
    const evil = { ...result, items: itemsOf([{ ...result.items[0]!, message: '</script><img src=x onerror=alert(1)>' }]) };
    const html = readFileSync(writeFindingsHtml(tempDir('annexa-html-'), evil), 'utf8');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(island(html).items[0]![9]).toBe('</script><img src=x onerror=alert(1)>');
  });

  it('carries every item, its check, observed facts and API calls, and forbids the network', () => {
    const result = resultOf(demoSnapshots());
    const html = readFileSync(writeFindingsHtml(tempDir('annexa-html-'), result), 'utf8');
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
