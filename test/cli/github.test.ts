/**
 * The CI entry logic end to end: the CLI run in-process with GITHUB_STEP_SUMMARY and
 * GITHUB_OUTPUT pointing at temp files, and the exit code of every gating rule.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { saveSnapshot } from '../../src/inventory/snapshot-file.js';
import type { ResultFile } from '../../src/model/result.js';
import { S3_BUCKET_VERSIONING, S3_BUCKETS } from '../../src/providers/aws/services/s3/state.js';
import { cli, readJson, schemaErrors } from '../support/cli.js';
import { parseGithubOutput } from '../support/github-env.js';
import { fromFile } from '../support/result.js';
import { denied, ok, snapshot } from '../support/snapshot.js';

const VERSIONING = 'aws.s3.bucket-versioning-enabled'; // medium, mapped to A.8.13
const root = mkdtempSync(join(tmpdir(), 'annexa-github-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const enabled = ok({ status: 'Enabled', mfaDelete: false });
const off = ok({ status: 'Suspended', mfaDelete: false });
type Versions = Record<string, unknown>;

let n = 0;
/** A fresh working directory holding a snapshot of buckets with these versioning states. */
function workdir(versions: Versions): string {
  const dir = join(root, `run-${++n}`);
  mkdirSync(dir);
  const buckets = Object.keys(versions).map((name) => ({ name, arn: `arn:aws:s3:::${name}`, region: 'eu-west-1' }));
  saveSnapshot(
    join(dir, 'snap.json'),
    snapshot(['eu-west-1'])
      .global(S3_BUCKETS, buckets)
      .global(S3_BUCKET_VERSIONING, versions as never)
      .build(),
  );
  return dir;
}

async function scan(dir: string, flags: string[], opts: { env?: NodeJS.ProcessEnv; now?: Date } = {}) {
  const r = await cli(['scan', '--snapshot', 'snap.json', '--checks', VERSIONING, ...flags], { cwd: dir, ...opts });
  const resultFile = join(dir, 'annexa-out', 'annexa-result.json');
  return { ...r, doc: () => fromFile(readJson(resultFile) as ResultFile), resultFile };
}

const WAIVER = (expires: string, resource = 'arn:aws:s3:::legacy-*'): string => `waivers:
  - check: "aws.s3.*"
    resource: "${resource}"
    reason: Legacy buckets are rebuilt from source every night.
    owner: platform-team
    ticket: SEC-42
    expires: ${expires}
`;

describe('--fail-on and --fail-on-control', () => {
  it.each([
    ['a medium failure below the default threshold', [], 0],
    ['a medium failure at --fail-on medium', ['--fail-on', 'medium'], 1],
    ['a failure mapped to --fail-on-control A.8.13', ['--fail-on-control', 'A.8.13'], 1],
    ['--fail-on-control also fails with --fail-on none', ['--fail-on', 'none', '--fail-on-control', 'A.8.24,A.8.13'], 1],
    ['no failure mapped to --fail-on-control A.8.24', ['--fail-on-control', 'A.8.24'], 0],
  ])('%s', async (_n, flags, code) => {
    const r = await scan(workdir({ a: off, b: enabled }), flags);
    expect(r.code, r.stdout + r.stderr).toBe(code);
  });

  it('reads failOnControls from annexa.yaml', async () => {
    const dir = workdir({ a: off });
    writeFileSync(join(dir, 'annexa.yaml'), 'failOnControls: [A.8.13]\n');
    const r = await scan(dir, []);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('mapped to A.8.13 (--fail-on-control)');
  });

  it.each([
    [['--fail-on-control', 'A.9.99'], /--fail-on-control: "A\.9\.99" is not an ISO\/IEC 27001:2022 Annex A control/],
    [['--fail-on-control', 'A.5.15,CIS-1.1'], /--fail-on-control: "CIS-1\.1" is not/],
  ])('rejects unknown control ids %j with exit 2', async (flags, pattern) => {
    const r = await scan(workdir({ a: off }), flags);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
  });

  it('rejects an unknown control id in annexa.yaml, naming the file and field', async () => {
    const dir = workdir({ a: off });
    writeFileSync(join(dir, 'annexa.yaml'), 'failOnControls: [A.5.99]\n');
    const r = await scan(dir, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/annexa\.yaml: failOnControls: "A\.5\.99" is not/);
  });
});

describe('--waivers', () => {
  const now = new Date('2026-11-27T12:00:00Z');

  it('a matching, unexpired waiver marks the item, keeps its status and clears the gate (exit 0)', async () => {
    const dir = workdir({ 'legacy-logs': off, app: enabled });
    writeFileSync(join(dir, 'waivers.yaml'), WAIVER('2026-12-31'));
    const r = await scan(dir, ['--fail-on', 'medium', '--waivers', 'waivers.yaml'], { now });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const doc = r.doc();
    expect(schemaErrors(doc)).toEqual([]);
    const item = doc.items.find((i) => i.resource.name === 'legacy-logs')!;
    expect(item.status).toBe('fail');
    expect(item.waiver).toEqual({
      check: 'aws.s3.*',
      resource: 'arn:aws:s3:::legacy-*',
      reason: 'Legacy buckets are rebuilt from source every night.',
      owner: 'platform-team',
      ticket: 'SEC-42',
      expires: '2026-12-31',
    });
    expect(doc.run.waivers).toEqual({ file: 'waivers.yaml', applied: 1, expired: [], unused: [] });
    expect(r.stdout).toContain('1 waived item(s) ignored');
  });

  it('still applies on its expiry day and stops applying the day after (exit 1, reported)', async () => {
    const dir = workdir({ 'legacy-logs': off });
    writeFileSync(join(dir, 'waivers.yaml'), WAIVER('2026-11-27'));
    const lastDay = await scan(dir, ['--fail-on', 'medium', '--waivers', 'waivers.yaml'], { now: new Date('2026-11-27T23:59:00Z') });
    expect(lastDay.code).toBe(0);

    const after = await scan(dir, ['--fail-on', 'medium', '--waivers', 'waivers.yaml'], { now: new Date('2026-11-28T00:00:01Z') });
    expect(after.code).toBe(1);
    const doc = after.doc();
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.items[0]!.waiver).toBeUndefined();
    expect(doc.run.waivers).toMatchObject({
      applied: 0,
      expired: [{ index: 0, check: 'aws.s3.*', owner: 'platform-team', expires: '2026-11-27', items: 1 }],
    });
    expect(after.stderr).toMatch(
      /waiver 1 in waivers\.yaml \(aws\.s3\.\* on arn:aws:s3:::legacy-\*, owner platform-team, SEC-42\) expired on 2026-11-27; it no longer applies to 1 failing item/,
    );
  });

  it('matches by resource name as well as ARN, and notes a waiver that matches nothing', async () => {
    const dir = workdir({ 'legacy-logs': off });
    writeFileSync(
      join(dir, 'waivers.yaml'),
      WAIVER('2027-01-31', 'legacy-*') + WAIVER('2027-01-31', 'nothing-*').replace('waivers:\n', ''),
    );
    const r = await scan(dir, ['--fail-on', 'medium', '--waivers', 'waivers.yaml'], { now });
    expect(r.code).toBe(0);
    expect(r.doc().run.waivers).toMatchObject({ applied: 1, unused: [{ index: 1, resource: 'nothing-*' }] });
    expect(r.stderr).toContain('waiver 2 in waivers.yaml (aws.s3.* on nothing-*, owner platform-team, SEC-42) matches no failing item');
  });

  it.each([
    ['a missing expiry', WAIVER('2026-12-31').replace(/\n {4}expires:.*\n/, '\n'), /waivers\.yaml: waivers\.0\.expires: /],
    ['an expiry that is not a date', WAIVER('next week'), /waivers\.yaml: waivers\.0\.expires: must be a date written YYYY-MM-DD/],
    ['an impossible date', WAIVER('2026-02-30'), /waivers\.yaml: waivers\.0\.expires: is not a calendar date/],
    // Date.parse gives NaN for month 13; such a waiver used to be accepted and never expire.
    ['a month that does not exist', WAIVER('2027-13-01'), /waivers\.yaml: waivers\.0\.expires: is not a calendar date/],
    ['an empty owner', WAIVER('2026-12-31').replace('platform-team', '""'), /waivers\.yaml: waivers\.0\.owner: /],
    [
      'an unknown field',
      `${WAIVER('2026-12-31')}    approver: someone\n`,
      /waivers\.yaml: waivers\.0\.approver: is not a field here; check the spelling/,
    ],
    ['broken YAML', 'waivers: [\n', /waivers\.yaml: not valid YAML/],
    ['no waivers list', 'exceptions: []\n', /waivers\.yaml: /],
  ])('a waiver file with %s exits 2 naming the file and field', async (_n, text, pattern) => {
    const dir = workdir({ 'legacy-logs': off });
    writeFileSync(join(dir, 'waivers.yaml'), text);
    const r = await scan(dir, ['--waivers', 'waivers.yaml'], { now });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a missing waiver file exits 2', async () => {
    const r = await scan(workdir({ a: off }), ['--waivers', 'nope.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.yaml: file not found');
  });
});

describe('--baseline', () => {
  /** Scan once to produce a baseline file from these versioning states. */
  async function baselineOf(versions: Versions): Promise<string> {
    const r = await scan(workdir(versions), ['--fail-on', 'none']);
    const file = join(root, `baseline-${++n}.json`);
    copyFileSync(r.resultFile, file);
    return file;
  }

  it('fails only on items new since the baseline (exit 1) and reports the counts', async () => {
    const base = await baselineOf({ old: off, fixed: off, same: enabled });
    const r = await scan(workdir({ old: off, fixed: enabled, same: enabled, added: off }), ['--fail-on', 'medium', '--baseline', base]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const doc = r.doc();
    expect(schemaErrors(doc)).toEqual([]);
    const added = doc.items.find((i) => i.resource.name === 'added')!;
    const fixed = doc.items.find((i) => i.resource.name === 'fixed')!;
    expect(doc.baseline).toMatchObject({
      file: base,
      new: 1,
      unchanged: 1,
      resolved: 1,
      unverified: 0,
      newItems: [added.id],
      resolvedItems: [fixed.id],
    });
    expect(r.stdout).toContain('1 new, 1 unchanged, 1 resolved');
    expect(r.stdout).toContain('new since the baseline');
  });

  it('passes (exit 0) when every failing item was already failing in the baseline', async () => {
    const base = await baselineOf({ old: off, other: off });
    const r = await scan(workdir({ old: off, other: off }), ['--fail-on', 'medium', '--baseline', base]);
    expect(r.code).toBe(0);
    expect(r.doc().baseline).toMatchObject({ new: 0, unchanged: 2, resolved: 0 });
  });

  it('fails (exit 1) when a waiver that covered a baseline failure has expired since', async () => {
    const before = workdir({ 'legacy-logs': off });
    writeFileSync(join(before, 'waivers.yaml'), WAIVER('2026-11-27'));
    const first = await scan(before, ['--fail-on', 'medium', '--waivers', 'waivers.yaml'], { now: new Date('2026-11-27T12:00:00Z') });
    expect(first.code).toBe(0);
    const base = join(root, `baseline-${++n}.json`);
    copyFileSync(first.resultFile, base);

    const next = await scan(before, ['--fail-on', 'medium', '--waivers', 'waivers.yaml', '--baseline', base], {
      now: new Date('2026-11-28T12:00:00Z'),
    });
    expect(next.code, next.stdout).toBe(1);
    expect(next.doc().baseline).toMatchObject({ new: 1, unchanged: 0 });
  });

  it('still exits 3 when the scan is incomplete, and does not call an unreadable item resolved', async () => {
    const base = await baselineOf({ old: off });
    const r = await scan(workdir({ old: denied('s3:GetBucketVersioning') }), ['--baseline', base]);
    expect(r.code).toBe(3);
    expect(r.doc().baseline).toMatchObject({ new: 0, resolved: 0, unverified: 1 });
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['another document', '{"schema": "sarif"}', /: schema: is not an annexa result/],
    [
      'a bad evidence id',
      JSON.stringify({
        schema: 'annexa.result/v2',
        run: { evaluatedAt: 'x', checks: [] },
        items: [{ id: 'XYZ', checkId: 'c', status: 'fail', resource: { account: '1' } }],
      }),
      /: items\.0\.id: must be a 32-character evidence id/,
    ],
    [
      'a bad status',
      JSON.stringify({
        schema: 'annexa.result/v2',
        run: { evaluatedAt: 'x', checks: [] },
        items: [{ id: 'a'.repeat(32), checkId: 'c', status: 'broken', resource: { account: '1' } }],
      }),
      /: items\.0\.status: /,
    ],
  ])('a baseline that is %s exits 2 naming the file and field', async (_n, text, pattern) => {
    const dir = workdir({ a: off });
    writeFileSync(join(dir, 'previous.json'), text);
    const r = await scan(dir, ['--baseline', 'previous.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^annexa: previous\.json: /);
    expect(r.stderr).toMatch(pattern);
  });
});

describe('on GitHub Actions', () => {
  function githubEnv(dir: string): { env: NodeJS.ProcessEnv; summary: string; output: string } {
    const summary = join(dir, 'step-summary.md');
    const output = join(dir, 'github-output.txt');
    writeFileSync(summary, '# Earlier step content\n');
    writeFileSync(output, '');
    return { env: { CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output }, summary, output };
  }

  it('appends the job summary, writes step outputs and prints annotations', async () => {
    const dir = workdir({ 'bucket|with*markdown': off, 'ok-bucket': enabled });
    const gh = githubEnv(dir);
    const r = await scan(dir, ['--fail-on', 'medium'], { env: gh.env });
    expect(r.code).toBe(1);

    const md = readFileSync(gh.summary, 'utf8');
    expect(md.startsWith('# Earlier step content\n## annexa: gate failed')).toBe(true);
    expect(md).toContain('**Exit 1**');
    expect(md).toMatch(/\| 2 \| 1 \| 1 \| 0 \| 0 \| 0 \|/);
    expect(md).toContain('### Top failing controls');
    expect(md).toContain('| A.8.13 |');
    expect(md).toContain('### Top findings');
    // Escaped, so the table keeps its six columns.
    const row = md.split('\n').find((l) => l.startsWith('| medium |'))!;
    expect(row).toContain('bucket\\|with\\*markdown<br>`arn:aws:s3:::bucket\\|with*markdown`');
    expect(row.split(/(?<!\\)\|/)).toHaveLength(8);

    const out = parseGithubOutput(readFileSync(gh.output, 'utf8'));
    expect(out).toMatchObject({
      items: '2',
      pass: '1',
      fail: '1',
      error: '0',
      'not-applicable': '0',
      critical: '0',
      high: '0',
      medium: '1',
      low: '0',
      info: '0',
      waived: '0',
      new: '',
      json: 'annexa-out/annexa-result.json',
      sarif: '',
      gate: 'fail',
      'exit-code': '1',
    });

    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toBe(
      '::error title=annexa [medium] aws.s3.bucket-versioning-enabled::Bucket bucket|with*markdown has versioning suspended.' +
        '%0AResource: arn:aws:s3:::bucket|with*markdown (111122223333, eu-west-1)%0AISO/IEC 27001:2022: A.8.13%0AThis item fails the gate.',
    );
  });

  it('reports a passing gate with baseline counts in outputs and summary', async () => {
    const first = await scan(workdir({ a: off }), ['--fail-on', 'none']);
    const dir = workdir({ a: off, b: enabled });
    const gh = githubEnv(dir);
    const r = await scan(dir, ['--fail-on', 'medium', '--baseline', first.resultFile, '--summary-md', 'reports/summary.md'], {
      env: gh.env,
    });
    expect(r.code).toBe(0);
    const out = parseGithubOutput(readFileSync(gh.output, 'utf8'));
    expect(out).toMatchObject({ gate: 'pass', 'exit-code': '0', new: '0', unchanged: '1', resolved: '0', summary: 'reports/summary.md' });
    const md = readFileSync(join(dir, 'reports', 'summary.md'), 'utf8');
    expect(md).toContain('## annexa: gate passed');
    expect(md).toContain('### Compared with the baseline');
    expect(md).toMatch(/\| 0 \| 1 \| 0 \| 0 \|/);
    expect(readFileSync(gh.summary, 'utf8')).toBe(`# Earlier step content\n${md}`);
    // A failing item that does not block is a warning, not an error.
    expect(r.stdout).toMatch(/^::warning title=annexa \[medium\] aws\.s3\.bucket-versioning-enabled::/m);
    expect(r.stdout).not.toMatch(/^::error/m);
  });

  it('marks an incomplete scan as a failed gate with exit-code 3', async () => {
    const dir = workdir({ a: denied('s3:GetBucketVersioning') });
    const gh = githubEnv(dir);
    const r = await scan(dir, [], { env: gh.env });
    expect(r.code).toBe(3);
    expect(parseGithubOutput(readFileSync(gh.output, 'utf8'))).toMatchObject({ gate: 'fail', 'exit-code': '3', error: '1' });
    expect(readFileSync(gh.summary, 'utf8')).toContain('### Could not read');
    expect(r.stdout).toMatch(/^::error title=annexa%3A scan incomplete::1 item\(s\) could not be evaluated/m);
  });

  it('names the SARIF file in the outputs when sarif is among the formats', async () => {
    const dir = workdir({ a: off });
    const gh = githubEnv(dir);
    const r = await scan(dir, ['--format', 'json,sarif'], { env: gh.env });
    expect(r.code).toBe(0);
    expect(parseGithubOutput(readFileSync(gh.output, 'utf8'))).toMatchObject({
      json: 'annexa-out/annexa-result.json',
      sarif: 'annexa-out/annexa-result.sarif',
    });
    expect(readFileSync(join(dir, 'annexa-out', 'annexa-result.sarif'), 'utf8')).toContain('"version": "2.1.0"');
  });

  it('prints no annotations and touches no GitHub files outside Actions', async () => {
    const r = await scan(workdir({ a: off }), ['--fail-on', 'medium']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/^::/m);
  });
});

describe('an output path that cannot be written', () => {
  it.each([
    ['--out under a file', ['--out', 'blocker/out'], {}, /^annexa: --out: cannot write .*blocker.*(\(E[A-Z]+\)|is not a directory)$/],
    [
      '--summary-md under a file',
      ['--summary-md', 'blocker/s.md'],
      {},
      /^annexa: --summary-md: cannot write .*blocker.*(\(E[A-Z]+\)|is not a directory)$/,
    ],
    [
      '$GITHUB_OUTPUT under a file',
      [],
      { GITHUB_OUTPUT: 'blocker/o' },
      /^annexa: \$GITHUB_OUTPUT: cannot write \/.*\/blocker\/o \(ENOTDIR\)$/,
    ],
    [
      '$GITHUB_STEP_SUMMARY under a file',
      [],
      { GITHUB_STEP_SUMMARY: 'blocker/s' },
      /^annexa: \$GITHUB_STEP_SUMMARY: cannot write \/.*\/blocker\/s \(ENOTDIR\)$/,
    ],
  ])('%s exits 2 with one line naming the flag or variable', async (_n, flags, env, pattern) => {
    const dir = workdir({ a: off });
    writeFileSync(join(dir, 'blocker'), 'a file, not a directory');
    // The runner hands absolute paths to its files.
    const ghEnv = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, join(dir, v)]));
    const r = await cli(['scan', '--snapshot', 'snap.json', '--checks', VERSIONING, '-q', ...flags], {
      cwd: dir,
      env: { CI: 'true', ...ghEnv },
    });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(pattern);
  });
});
