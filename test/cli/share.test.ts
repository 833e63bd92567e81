import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResultFile } from '../../src/model/result.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import type { ShareDocument } from '../../src/output/share.js';
import { fromRoot } from '../../src/paths.js';
import { cli, readJson, tempDir } from '../support/cli.js';
import { fromFile, type TestResult } from '../support/result.js';

const DEMO = fromRoot('demo', 'demo-snapshot.json');
const KEY_A = 'a'.repeat(16) + 'correct horse battery staple';
const KEY_B = 'b'.repeat(16) + 'correct horse battery staple';

/** Every string in the input that could identify the organisation: ids, names, ARNs, tags, observed values. */
function identifiers(doc: TestResult, snapshots: Snapshot[]): Set<string> {
  const out = new Set<string>();
  const add = (v: unknown): void => {
    if (typeof v === 'number' && String(v).length >= 6) out.add(String(v));
    if (typeof v !== 'string') return;
    // Generic words (`Enabled`, `password`), region names and AWS-managed policy ARNs say nothing about
    // whose estate this is; check titles use such words and regions are kept on purpose.
    const generic = /^[A-Za-z]{1,15}$/.test(v) || /^[a-z]{2}(-[a-z]+)+-\d$/.test(v) || /^(arn:aws:iam::aws:policy\/|Microsoft\.)/.test(v);
    if (v.length >= 6 && !generic) out.add(v);
  };
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
    else add(v);
  };
  for (const a of doc.run.accounts) [a.account, a.alias].forEach(add);
  for (const i of doc.items) {
    [i.resource.account, i.resource.id, i.resource.arn, i.resource.name, i.message].forEach(add);
    walk(i.observed);
  }
  for (const s of snapshots) [s.account.id, s.account.alias].forEach(add);
  return out;
}

async function demoResult(): Promise<{ dir: string; doc: TestResult }> {
  const r = await cli(['scan', '--snapshot', DEMO, '--fail-on', 'none', '--allow-incomplete']);
  expect(r.code).toBe(0);
  return { dir: r.cwd, doc: fromFile(readJson(join(r.cwd, 'annexa-out', 'annexa-result.json')) as ResultFile) };
}

async function share(dir: string, key: string, out: string): Promise<ShareDocument> {
  const r = await cli(['share', '--out', out], { cwd: dir, env: { CI: 'true', ANNEXA_SHARE_KEY: key } });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return readJson(join(dir, out)) as ShareDocument;
}

describe('annexa share', () => {
  it('keeps none of the demo identifiers, secrets or free text, and still says what fails where', async () => {
    const { dir, doc } = await demoResult();
    const shared = await share(dir, KEY_A, 'share.json');
    // Check ids, titles and control ids are annexa's own vocabulary (a title may name `AdministratorAccess`);
    // everything else in the export must hold no identifier of the input.
    const text = JSON.stringify({
      ...shared,
      findings: shared.findings.map(({ checkId: _c, title: _t, controls: _k, ...rest }) => rest),
    });
    const snaps = (JSON.parse(readFileSync(DEMO, 'utf8')) as { snapshots: Snapshot[] }).snapshots;
    const ids = identifiers(doc, snaps);
    expect(ids.size).toBeGreaterThan(100);
    for (const s of snaps) expect(ids).toContain(s.account.id);
    const leaked = [...ids].filter((id) => text.includes(id));
    expect(leaked).toEqual([]);
    // What remains is useful: every check with its counts and controls, failing resources as tokens.
    expect(shared.findings.length).toBe(new Set(doc.items.map((i) => i.checkId)).size);
    expect(shared.totals.fail).toBe(doc.items.filter((i) => i.status === 'fail').length);
    const tls = shared.findings.find((f) => f.checkId === 'aws.s3.bucket-tls-only')!;
    expect(tls.controls['iso27001:2022']).toContain('A.8.24');
    expect(tls.failing.every((r) => /^res_[0-9a-f]{24}$/.test(r.resource) && /^acct_[0-9a-f]{24}$/.test(r.account))).toBe(true);
  });

  it('gives stable pseudonyms for one key and different ones for another', async () => {
    const { dir } = await demoResult();
    const a1 = await share(dir, KEY_A, 'a1.json');
    const a2 = await share(dir, KEY_A, 'a2.json');
    const b = await share(dir, KEY_B, 'b.json');
    expect(a2).toEqual(a1);
    const tokens = (d: ShareDocument) => d.findings.flatMap((f) => f.failing.map((r) => r.resource));
    expect(tokens(a1).length).toBeGreaterThan(5);
    expect(tokens(b).some((t) => tokens(a1).includes(t))).toBe(false);
    expect(b.accounts.map((a) => a.account)).not.toEqual(a1.accounts.map((a) => a.account));
  });

  it('refuses a missing or short key with one line, exit 2', async () => {
    const { dir } = await demoResult();
    const none = await cli(['share'], { cwd: dir, env: { CI: 'true' } });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^annexa: --key-file: name the pseudonymisation key/);
    const keyFile = join(tempDir(), 'short.key');
    writeFileSync(keyFile, 'short\n');
    const short = await cli(['share', '--key-file', keyFile], { cwd: dir, env: { CI: 'true' } });
    expect(short.code).toBe(2);
    expect(short.stderr.trim().split('\n')).toHaveLength(1);
    expect(short.stderr).toMatch(/the key has 5 bytes; use at least 32/);
  });
});
