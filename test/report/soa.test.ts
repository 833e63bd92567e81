import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allMappings } from '../../src/engine/mappings.js';
import { loadEvidenceGuidance } from '../../src/report/guidance.js';
import { renderSoaHtml } from '../../src/report/html.js';
import { renderSoaMarkdown } from '../../src/report/markdown.js';
import { buildSoa } from '../../src/report/soa.js';
import { DEFAULT_SOA } from '../../src/report/soa-file.js';
import { cli } from '../support/cli.js';
import type { TestResult } from '../support/result.js';
import { demoScan, item, NOW, resultOf } from './fixtures.js';

const CATALOGUE = allMappings().catalogues.find((c) => c.framework === 'iso27001:2022')!.controls;
const controlRows = (html: string): string[] => [...html.matchAll(/<tr class="control[^"]*" id="([^"]+)"/g)].map((m) => m[1]!);
/** The drill-down row of one control: up to the next control row or the end of its theme. */
const detailOf = (html: string, id: string): string =>
  html.split(`data-detail="${id}"`)[1]?.split(/<tr class="control|<tbody class="theme"|<\/table><\/section>/)[0] ?? '';

describe('annexa report soa on the demo scan', () => {
  let cwd: string;
  let result: TestResult;
  let cleanup: () => void;
  let html: string;

  beforeAll(async () => {
    ({ cwd, result, cleanup } = await demoScan());
    const r = await cli(['report', 'soa', '--result', 'annexa-out/annexa-result.json', '--out', 'report'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Statement of Applicability: 93 controls');
    expect(r.stdout).toContain(join('report', 'soa.html'));
    html = readFileSync(join(cwd, 'report', 'soa.html'), 'utf8');
  });
  afterAll(() => cleanup());

  it('lists all 93 Annex A controls once each, in catalogue order, grouped by the four themes', () => {
    expect(CATALOGUE).toHaveLength(93);
    expect(controlRows(html)).toEqual(CATALOGUE.map((c) => c.id));
    for (const c of CATALOGUE) expect(html).toContain(`<td>${c.title.replaceAll("'", '&#39;')}</td>`);
    expect([...html.matchAll(/<tbody class="theme" data-theme="(\w+)">/g)].map((m) => m[1])).toEqual([
      'organizational',
      'people',
      'physical',
      'technological',
    ]);
  });

  it('is self-contained: inline CSS, no script, no external URL', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
    // Observed facts may quote a URL (a Key Vault's vaultUri) as escaped text; markup never points anywhere.
    const markup = html.replace(/<pre>[\s\S]*?<\/pre>/g, '');
    expect(markup).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).not.toMatch(/href="https?:/);
  });

  it('shows the scope, the per-control counts of the scan and drill-down to each item', () => {
    expect(html).toContain('123456789012');
    expect(html).toContain(result.run.evaluatedAt);
    expect(html).toContain(`annexa ${result.run.tool.version}`);
    const a824 = result.controls.find((c) => c.id === 'A.8.24')!;
    const row = html.split('id="A.8.24"')[1]!.split('</tr>')[0]!;
    const nums = [...row.matchAll(/<td class="num[^"]*">(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(nums).toEqual([a824.pass, a824.fail, a824.error, 0]);
    // Every item is reachable from each control it is tagged with, with its sources and time.
    const failing = result.items.find((i) => i.status === 'fail' && i.controls['iso27001:2022']?.includes('A.8.24'))!;
    const detail = detailOf(html, 'A.8.24');
    expect(detail).toContain(`<code>${failing.id}</code>`);
    expect(detail).toContain(failing.sources[0]!.collectedAt);
    expect(detail).toContain('<pre>{');
  });

  it('asks for other evidence on manual and partial controls, not on automated ones', () => {
    const guidance = loadEvidenceGuidance();
    const manual = result.controls.find((c) => c.coverage === 'manual')!;
    const partial = result.controls.find((c) => c.coverage === 'partial')!;
    const automated = result.controls.find((c) => c.coverage === 'automated')!;
    expect(detailOf(html, manual.id)).toContain(guidance.get(manual.id)!.replaceAll("'", '&#39;'));
    expect(detailOf(html, partial.id)).toContain('covers this only in part');
    expect(detailOf(html, automated.id)).not.toContain('Evidence to request');
  });

  it('gives every control the same counts and checks as the result JSON', () => {
    const csv = readFileSync(join(cwd, 'report', 'soa.csv'), 'utf8')
      .trimEnd()
      .split('\r\n')
      .slice(1);
    const byId = new Map(csv.map((line) => [line.split(',')[0]!, line]));
    for (const c of result.controls.filter((x) => x.framework === 'iso27001:2022')) {
      const items = result.items.filter((i) => i.controls['iso27001:2022']?.includes(c.id));
      const waived = items.filter((i) => i.waiver).length;
      expect(byId.get(c.id), c.id).toContain(`,${c.coverage},${c.checks.join(' ')},${c.pass},${c.fail},${c.error},${waived},`);
    }
    expect(byId.size).toBe(93);
  });

  it('writes CSV and Markdown with one row per control', () => {
    const csv = readFileSync(join(cwd, 'report', 'soa.csv'), 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(94);
    const md = readFileSync(join(cwd, 'report', 'soa.md'), 'utf8');
    expect(md.split('\n').filter((l) => /^\| A\.\d+\.\d+ \|/.test(l))).toHaveLength(93);
  });

  it('rejects bad inputs with one line naming the file and field', async () => {
    const run = (args: string[]) => cli(['report', 'soa', ...args], { cwd });
    let r = await run(['--result', 'missing.json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('annexa: missing.json: file not found; run `annexa scan` first or pass --result FILE');

    writeFileSync(join(cwd, 'broken.json'), '{"schema": "annexa.result/v2",');
    r = await run(['--result', 'broken.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^annexa: broken\.json: not valid JSON/);

    writeFileSync(join(cwd, 'old.json'), JSON.stringify({ schema: 'annexa.result/v1' }));
    r = await run(['--result', 'old.json']);
    expect(r.stderr.trim()).toBe(
      'annexa: old.json: schema: expected "annexa.result/v2", found "annexa.result/v1"; is this an annexa result file?',
    );

    const bad = structuredClone(result) as unknown as { items: { status: string }[] };
    bad.items[3]!.status = 'passed';
    writeFileSync(join(cwd, 'bad.json'), JSON.stringify(bad));
    r = await run(['--result', 'bad.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^annexa: bad\.json: items\.3\.status: /);

    // JSON.parse quotes the text around the error, line breaks included; the message stays one line.
    writeFileSync(join(cwd, 'yaml.json'), 'waivers:\n  - check: x\n');
    r = await run(['--result', 'yaml.json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^annexa: yaml\.json: not valid JSON/);

    // --out naming a file (say, the report itself) is bad input, not an internal error.
    r = await run(['--out', 'broken.json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('annexa: --out: broken.json exists and is not a directory');

    r = await run(['--format', 'html,pdf']);
    expect(r.stderr.trim()).toBe('annexa: --format: "pdf" is not one of html, csv, md');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the SoA from a constructed result', () => {
  const waived = item({
    id: 'a'.repeat(32),
    status: 'fail',
    waiver: {
      check: 'aws.s3.bucket-versioning-*',
      resource: 'acme-logs',
      reason: 'Logs are replicated to the archive account',
      owner: 'jane@acme.example',
      expires: '2027-01-31',
      ticket: 'SEC-142',
    },
  });
  const passing = item({
    id: 'b'.repeat(32),
    status: 'pass',
    message: 'Bucket acme-data has versioning on.',
    collectedAt: '2026-11-01T12:30:00.000Z',
    resource: { ...waived.resource, id: 'arn:aws:s3:::acme-data', arn: 'arn:aws:s3:::acme-data', name: 'acme-data' },
  });
  const report = buildSoa({
    result: resultOf([waived, passing]),
    mappings: allMappings(),
    soa: DEFAULT_SOA,
    guidance: loadEvidenceGuidance(),
    generatedAt: NOW,
  });

  it('counts waived items (also under their status) and takes the latest collection time', () => {
    const row = report.rows.find((r) => r.id === 'A.8.13')!;
    expect(row).toMatchObject({
      pass: 1,
      fail: 1,
      error: 0,
      waived: 1,
      lastTested: '2026-11-01T12:30:00.000Z',
      checks: ['aws.s3.bucket-versioning-enabled'],
    });
    expect(row.items.map((i) => i.status)).toEqual(['fail', 'pass']);
    expect(report.totals.waived).toBe(1);
  });

  it('lists waived items as risk acceptances with owner, reason, expiry, ticket and resource (clause 6.1.3)', () => {
    expect(report.riskAcceptances).toHaveLength(1);
    const html = renderSoaHtml(report);
    const section = html.split('<section id="risk-acceptances">')[1]!.split('</section>')[0]!;
    expect(section).toContain('6.1.3');
    const row = section.split('<tr class="risk">')[1]!;
    for (const text of [
      'aws.s3.bucket-versioning-enabled',
      '111122223333/eu-west-1/AWS::S3::Bucket/acme-logs',
      'jane@acme.example',
      'Logs are replicated to the archive account',
      '2027-01-31',
      'SEC-142',
      'A.8.13',
    ]) {
      expect(row).toContain(text);
    }
    expect(section).not.toContain('acme-data');
    expect(section).not.toContain('expired');
    const later = renderSoaHtml({ ...report, generatedAt: '2027-02-01T00:00:00.000Z' });
    expect(later.split('<tr class="risk">')[1]).toContain('2027-01-31 <span class="badge fail">expired</span>');
    const md = renderSoaMarkdown(report);
    expect(md).toContain(
      '| aws.s3.bucket-versioning-enabled | 111122223333/eu-west-1/AWS::S3::Bucket/acme-logs | fail | jane@acme.example | Logs are replicated to the archive account | 2027-01-31 | SEC-142 | A.8.13 |',
    );
  });

  it('lists waivers that had lapsed before the scan, escaped, in HTML and Markdown', () => {
    const result = resultOf([passing]);
    result.run.waivers = {
      file: 'waivers.yaml',
      applied: 0,
      expired: [
        {
          index: 1,
          check: 'aws.kms.key-rotation-enabled',
          resource: '<any>',
          owner: 'sec@acme.example',
          expires: '2026-01-01',
          ticket: 'SEC-9',
          items: 2,
        },
        { index: 2, check: 'aws.s3.*', resource: '*', owner: 'gone@acme.example', expires: '2025-06-30', items: 0 },
      ],
      unused: [],
    };
    const r = buildSoa({ result, mappings: allMappings(), soa: DEFAULT_SOA, guidance: new Map(), generatedAt: NOW });
    // One that would cover nothing is no lapsed risk, only a stale line in the waiver file.
    expect(r.lapsed.map((w) => w.check)).toEqual(['aws.kms.key-rotation-enabled']);
    const section = renderSoaHtml(r).split('<section id="risk-acceptances">')[1]!.split('</section>')[0]!;
    expect(section).toContain('No waived items in this scan.');
    expect(section).toContain('<h3>Lapsed acceptances</h3>');
    expect(section).toContain(
      '<tr class="lapsed"><td><code>aws.kms.key-rotation-enabled</code></td><td><code>&lt;any&gt;</code></td><td>sec@acme.example</td><td class="when">2026-01-01</td><td class="when">SEC-9</td><td class="num">2</td></tr>',
    );
    expect(renderSoaMarkdown(r)).toContain('| aws.kms.key-rotation-enabled | &lt;any&gt; | sec@acme.example | 2026-01-01 | SEC-9 | 2 |');
    expect(
      renderSoaHtml(
        buildSoa({ result: resultOf([passing]), mappings: allMappings(), soa: DEFAULT_SOA, guidance: new Map(), generatedAt: NOW }),
      ),
    ).not.toContain('Lapsed');
  });

  it('says so when nothing is waived', () => {
    const none = buildSoa({
      result: resultOf([passing]),
      mappings: allMappings(),
      soa: DEFAULT_SOA,
      guidance: new Map(),
      generatedAt: NOW,
    });
    expect(renderSoaHtml(none)).toContain('No waived items in this scan.');
  });

  it('escapes everything that came from the cloud or the user', () => {
    const hostile = item({
      id: 'c'.repeat(32),
      status: 'fail',
      message: 'Bucket <img src=x onerror=alert(1)> is "open" & \'public\'',
      observed: { policy: '</pre><script>alert(2)</script>' },
      resource: { ...waived.resource, name: '<b>name</b>' },
      waiver: { ...waived.waiver!, owner: '<script>alert(3)</script>' },
    });
    const r = buildSoa({
      result: resultOf([hostile]),
      mappings: allMappings(),
      soa: { scope: 'Scope <iframe>', decisions: new Map([['A.7.1', { applicable: false, justification: 'No <premises>' }]]) },
      guidance: new Map(),
      generatedAt: NOW,
    });
    const html = renderSoaHtml(r);
    expect(html).not.toMatch(/<script|<img|<iframe|<premises|<b>name/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; is &quot;open&quot; &amp; &#39;public&#39;');
    expect(html).toContain('&lt;/pre&gt;&lt;script&gt;');
    expect(renderSoaMarkdown(r)).not.toMatch(/<script|<img|<iframe|<premises/);
  });

  it('asks to review a not-applicable decision when the scan has evidence for the control', async () => {
    const soa = { decisions: new Map([['A.8.13', { applicable: false, justification: 'No backups in scope' }]]) };
    const r = buildSoa({ result: resultOf([waived, passing]), mappings: allMappings(), soa, guidance: new Map(), generatedAt: NOW });
    const html = renderSoaHtml(r);
    const detail = html.split('data-detail="A.8.13"')[1]!.split('<tr class="control')[0]!;
    expect(detail).toContain(
      '<strong>Review this decision:</strong> marked not applicable, yet the scan has 2 evidence item(s) for it (1 failing)',
    );
    expect(html.split('data-detail="A.7.1"')[1]?.split('<tr class="control')[0] ?? '').not.toContain('Review this decision');
  });

  it('caps the items shown per control and says where the rest are', () => {
    const many = Array.from({ length: 205 }, (_, n) =>
      item({
        id: n.toString(16).padStart(32, '0'),
        status: 'pass',
        resource: { ...waived.resource, id: `arn:aws:s3:::b${n}`, name: `b${n}` },
      }),
    );
    const html = renderSoaHtml(
      buildSoa({ result: resultOf(many), mappings: allMappings(), soa: DEFAULT_SOA, guidance: new Map(), generatedAt: NOW }),
    );
    expect(html.match(/<details class="item /g)).toHaveLength(200);
    expect(html).toContain('5 more item(s) are in the JSON result.');
  });
});
