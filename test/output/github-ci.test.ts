/** The CI renderers on a realistic result: the demo snapshot's 127 items. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishForCi } from '../../src/cli/ci-outputs.js';
import { evaluateAll } from '../../src/engine/evaluate.js';
import { allMappings } from '../../src/engine/mappings.js';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { gate } from '../../src/gating/gate.js';
import { loadSnapshots } from '../../src/inventory/snapshot-file.js';
import { controlsByCheck } from '../../src/mapping/coverage.js';
import { itemsOf } from '../../src/model/items.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import { ANNOTATIONS_PER_KIND, annotationLines, escapeData, escapeProperty, workflowCommand } from '../../src/output/annotations.js';
import { formatOutputs } from '../../src/output/github-outputs.js';
import { escapeMarkdown, renderMarkdownSummary } from '../../src/output/markdown-summary.js';
import { buildResult } from '../../src/output/result.js';
import { fromRoot } from '../../src/paths.js';
import { parseGithubOutput } from '../support/github-env.js';
import { asTest } from '../support/result.js';

const mappings = allMappings();
const snapshots = loadSnapshots(fromRoot('demo', 'demo-snapshot.json'));
const demo = asTest(
  buildResult({
    snapshots,
    items: evaluateAll(snapshots, ALL_CHECKS, DEFAULT_PARAMS, controlsByCheck(mappings)),
    mappings,
    checkIds: ALL_CHECKS.map((c) => c.meta.id).sort(),
    params: DEFAULT_PARAMS,
    source: 'snapshot',
    evaluatedAt: '2026-11-27T00:00:00.000Z',
  }),
);

const dir = mkdtempSync(join(tmpdir(), 'annexa-ci-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('workflow command escaping', () => {
  it('encodes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    expect(workflowCommand('warning', 'x: y, z', 'line1\nline2')).toBe('::warning title=x%3A y%2C z::line1%0Aline2');
  });

  it('never lets a resource name start a new command', () => {
    const evil = {
      ...demo,
      items: itemsOf(demo.items.map((i) => (i.status === 'fail' ? { ...i, message: 'ok\n::error::forged %0A' } : i))),
    };
    for (const line of annotationLines(evil, gate(evil, { failOn: 'low', allowIncomplete: true }))) {
      expect(line.split('\n')).toHaveLength(1);
      expect(line).not.toContain('%0A::error::forged %0A');
      if (line.startsWith('::')) expect(line.match(/::/g)!.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('shows control characters in names and messages escaped: the command channel is not neutralised on its way out', () => {
    const evil = {
      ...demo,
      items: itemsOf(demo.items.map((i) => (i.status === 'fail' ? { ...i, message: 'q\u001b[31mred\u0007\u0085' } : i))),
    };
    const lines = annotationLines(evil, gate(evil, { failOn: 'low', allowIncomplete: true }));
    expect(lines.join('\n')).toContain('q\\x1b[31mred\\x07\\x85');
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(workflowCommand('error', 'a\u001bb', 'x')).toBe('::error title=a\\x1bb::x');
  });

  it('shows bidi overrides in names and messages escaped, as printed lines do: an annotation cannot reorder what the log shows', () => {
    expect(workflowCommand('error', 'a\u202eb', 'Project evil\u202ecb\u2066x\u200f fails')).toBe(
      '::error title=a\\u202eb::Project evil\\u202ecb\\u2066x\\u200f fails',
    );
  });
});

describe('annotations', () => {
  it(`keep within GitHub's ${ANNOTATIONS_PER_KIND} errors and ${ANNOTATIONS_PER_KIND} warnings per step, most severe first, and say what was left out`, () => {
    const outcome = gate(demo, { failOn: 'medium', allowIncomplete: true });
    const lines = annotationLines(demo, outcome);
    const errors = lines.filter((l) => l.startsWith('::error '));
    const warnings = lines.filter((l) => l.startsWith('::warning '));
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10); // the low-severity failures
    expect(errors[0]).toMatch(/^::error title=annexa \[critical\]/);
    expect(warnings.every((w) => w.startsWith('::warning title=annexa [low]'))).toBe(true);
    const failing = demo.items.filter((i) => i.status === 'fail').length;
    expect(lines.at(-1)).toBe(
      `annexa: ${failing - 20} more finding(s) not annotated (GitHub shows 10 errors and 10 warnings per step); see the job summary and the JSON result.`,
    );
  });
});

describe('Markdown summary', () => {
  it('escapes Markdown in names from the cloud account', () => {
    expect(escapeMarkdown('a|b*c_[x](http://e)<img>\n# h & `q`')).toBe('a\\|b\\*c\\_\\[x\\](http://e)\\<img\\> # h &amp; \\`q\\`');
  });

  it('shows totals, controls, findings and unreadable APIs, with the gate outcome', () => {
    const outcome = gate(demo, { failOn: 'high', allowIncomplete: false });
    const md = renderMarkdownSummary(demo, outcome);
    const blocking = demo.items.filter((i) => i.status === 'fail' && (i.severity === 'critical' || i.severity === 'high')).length;
    expect(md.startsWith(`## annexa: gate failed ❌\n\n**Exit 1**: ${blocking} failing item(s)`)).toBe(true);
    expect(md).toContain(`| ${demo.summary.items} | ${demo.summary.byStatus.pass} | ${demo.summary.byStatus.fail} |`);
    expect(md).toContain('### Top failing controls (ISO/IEC 27001:2022)');
    expect(md).toContain('### Could not read');
    // Several accounts: each unreadable API names its account, and providers are spelt as in the text summary.
    expect(md).toContain('s3:GetBucketPolicy access denied; grant s3:GetBucketPolicy: 4 item(s) in 123456789012 (ap-southeast-2)');
    expect(md).toContain('AWS account `123456789012`, Azure subscription `6f1c2a9e-4b7d-4e3a-9c55-2d8e0b7a1f34`');
    const rows = md.split('\n').filter((l) => /^\| (critical|high|medium|low|info) \|/.test(l));
    expect(rows).toHaveLength(20);
    expect(rows.slice(0, 14).every((r) => r.endsWith('| **blocks** |'))).toBe(true);
    expect(md).toContain(`… and ${demo.summary.byStatus.fail - 20} more failing item(s)`);
  });

  it('stays within the byte budget and says it was truncated', () => {
    const outcome = gate(demo, { failOn: 'high', allowIncomplete: false });
    const full = renderMarkdownSummary(demo, outcome, { top: 1000 });
    const cut = renderMarkdownSummary(demo, outcome, { top: 1000, maxBytes: 4096 });
    expect(Buffer.byteLength(full)).toBeGreaterThan(4096);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(4096);
    expect(cut).toContain('**Summary truncated**');
    expect(full).not.toContain('**Summary truncated**');
  });

  it('counts every waived and failing item, past the ones it keeps to list', () => {
    const fail = demo.items.find((i) => i.status === 'fail')!;
    const n = 1_500;
    const waiver = { check: fail.checkId, resource: '*', reason: 'Accepted.', owner: 'ops', expires: '2099-01-01' };
    const items = Array.from({ length: n }, (_, k) => ({ ...fail, id: `w${k}`, resource: { ...fail.resource, id: `r${k}` }, waiver }));
    const doc = {
      ...demo,
      items: itemsOf(items),
      summary: { ...demo.summary, items: n, byStatus: { pass: 0, fail: n, error: 0, not_applicable: 0 } },
      run: { ...demo.run, waivers: { file: 'waivers.yaml', applied: n, expired: [], unused: [] } },
    };
    const md = renderMarkdownSummary(doc, gate(doc, { failOn: 'info', allowIncomplete: true }));
    expect(md).toContain(`| ${n} | 0 | ${n} | 0 | 0 | ${n} |`);
    expect(md).toContain(`… and ${n - 20} more failing item(s)`);
  });

  it('stays under 1 MiB even for a very large scan', () => {
    const many = {
      ...demo,
      items: itemsOf(
        Array.from({ length: 40 }, (_, k) =>
          demo.items.map((i) => ({ ...i, id: `${k}${i.id}`.slice(0, 32), message: i.message.repeat(40) })),
        ).flat(),
      ),
    };
    const md = renderMarkdownSummary(many, gate(many, { failOn: 'info', allowIncomplete: true }), { top: 100_000 });
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(md).toContain('**Summary truncated**');
  });
});

describe('step outputs', () => {
  it('use a delimiter that does not occur in the value', () => {
    const text = formatOutputs({ a: '1', multi: 'line one\nline two', empty: '' });
    expect(parseGithubOutput(text)).toEqual({ a: '1', multi: 'line one\nline two', empty: '' });
    expect(text).toMatch(/^a<<ghadelimiter_[0-9a-f-]{36}\n1\nghadelimiter_/);
  });

  it('name the SARIF file when one was written', () => {
    const output = join(dir, 'out.txt');
    writeFileSync(output, 'earlier=1\n');
    const io = {
      stdout: () => undefined,
      stderr: () => undefined,
      progress: () => undefined,
      isTTY: false,
      cwd: dir,
      env: { GITHUB_OUTPUT: output },
    };
    publishForCi(
      demo,
      gate(demo, { failOn: 'none', allowIncomplete: true }),
      [join(dir, 'annexa-out', 'annexa-result.json'), join(dir, 'annexa-out', 'annexa-result.sarif')],
      {},
      io,
    );
    const text = readFileSync(output, 'utf8');
    expect(text.startsWith('earlier=1\n')).toBe(true);
    expect(parseGithubOutput(text.slice('earlier=1\n'.length))).toMatchObject({
      json: 'annexa-out/annexa-result.json',
      sarif: 'annexa-out/annexa-result.sarif',
      gate: 'pass',
      'exit-code': '0',
    });
  });
});

describe('the step summary', () => {
  it('leaves room for what earlier tools in the step wrote', () => {
    const summary = join(dir, 'step-summary.md');
    const earlier = `${'x'.repeat(1_000_000 - 2048)}\n`;
    writeFileSync(summary, earlier);
    const io = {
      stdout: () => undefined,
      stderr: () => undefined,
      progress: () => undefined,
      isTTY: false,
      cwd: dir,
      env: { GITHUB_STEP_SUMMARY: summary },
    };
    publishForCi(demo, gate(demo, { failOn: 'high', allowIncomplete: true }), [], {}, io);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith(earlier)).toBe(true);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1_000_000);
    expect(text).toContain('## annexa: gate failed');
    expect(text).toContain('**Summary truncated**');
  });
});
