import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/evidence/manifest.js';
import type { ResultFile } from '../../src/model/result.js';
import { fromRoot } from '../../src/paths.js';
import { cli, readJson, tempDir } from '../support/cli.js';
import { fromFile } from '../support/result.js';

const DEMO = fromRoot('demo', 'demo-snapshot.json');
const NOW = new Date('2026-12-01T10:00:00Z');
const hash = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A scan of the demo plus an attestations file with one of each case an auditor must see. */
async function setup(): Promise<{ cwd: string; failingControl: string }> {
  const cwd = tempDir('annexa-attest-');
  const scan = await cli(['scan', '--snapshot', DEMO, '--fail-on', 'none', '--allow-incomplete', '-q'], { cwd });
  expect(scan.code, scan.stderr).toBe(0);
  const result = fromFile(readJson(join(cwd, 'annexa-out', 'annexa-result.json')) as ResultFile);
  const failingControl = result.controls.find((c) => c.framework === 'iso27001:2022' && c.fail > 0)!.id;
  writeFileSync(join(cwd, 'policy.md'), 'Information security policy v2\n');
  writeFileSync(join(cwd, 'screening.md'), 'Screening procedure\n');
  writeFileSync(
    join(cwd, 'attestations.yaml'),
    [
      'controls:',
      '  A.5.1:',
      '    status: implemented',
      '    owner: CISO',
      '    documents:',
      // Attested when the policy read "v1": the hash no longer matches.
      `      - { path: policy.md, sha256: ${hash('Information security policy v1\n')} }`,
      '    last_review: 2026-01-10',
      '    next_review: 2027-01-10',
      '  A.6.1:',
      '    status: partially',
      '    owner: HR lead',
      '    documents: [screening.md]',
      '    last_review: 2025-06-01',
      '    next_review: 2026-06-01',
      `  ${failingControl}:`,
      '    status: implemented',
      '    owner: Platform team',
      '    last_review: 2026-11-01',
      '    next_review: 2027-11-01',
      '',
    ].join('\n'),
  );
  return { cwd, failingControl };
}

describe('attestations in report soa', () => {
  it('shows all 93 controls with automated and attested status side by side, and flags what needs an auditor', async () => {
    const { cwd, failingControl } = await setup();
    const r = await cli(['report', 'soa', '--attestations', 'attestations.yaml', '--format', 'csv,html', '--out', 'report'], {
      cwd,
      now: NOW,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Attestations: 3 control(s) attested, 3 need attention');
    expect(r.stderr).toContain('attestations.yaml: controls.A.5.1: document changed since attested: policy.md');
    expect(r.stderr).toContain('attestations.yaml: controls.A.6.1: review overdue since 2026-06-01');
    expect(r.stderr).toMatch(
      new RegExp(`controls\\.${failingControl.replaceAll('.', '\\.')}: attested implemented, yet \\d+ automated evidence item\\(s\\) fail`),
    );
    const csv = readFileSync(join(cwd, 'report', 'soa.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    expect(csv).toHaveLength(94);
    expect(csv[0]).toContain('Automated,Attested,Owner,Next review,Attention');
    const a51 = csv.find((l) => l.startsWith('A.5.1,'))!;
    expect(a51).toContain('no automated checks,implemented,CISO,2027-01-10,document changed since attested: policy.md');
    expect(csv.find((l) => l.startsWith(`${failingControl},`))).toContain('failing,implemented,Platform team');
    const html = readFileSync(join(cwd, 'report', 'soa.html'), 'utf8');
    expect(html).toContain('<th>Attested</th>');
    expect(html).toContain(`SHA-256 <code>${hash('Information security policy v2\n')}</code>`);
  });

  it.each([
    ['controls:\n  A.5.1: { status: done, owner: x, last_review: 2026-01-01, next_review: 2027-01-01 }\n', 'controls.A.5.1.status'],
    ['controls:\n  A.5.1: { status: planned, owner: x, last_review: 2026-13-01, next_review: 2027-01-01 }\n', 'controls.A.5.1.last_review'],
    ['controls:\n  A.5.1: { status: planned, last_review: 2026-01-01, next_review: 2027-01-01 }\n', 'controls.A.5.1.owner'],
    ['controls:\n  A.5.99: { status: planned, owner: x, last_review: 2026-01-01, next_review: 2027-01-01 }\n', 'controls.A.5.99'],
    ['controls:\n  A.5.1: { status: planned, owner: x, last_review: 2026-01-01, next_review: 2025-01-01 }\n', 'controls.A.5.1.next_review'],
  ])('refuses a bad file with one line naming the file and field (%#)', async (text, field) => {
    const { cwd } = await setup();
    writeFileSync(join(cwd, 'bad.yaml'), text);
    const r = await cli(['report', 'soa', '--attestations', 'bad.yaml', '--out', 'report'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`annexa: bad.yaml: ${field}`);
  });
});

describe('attested documents in the evidence bundle', () => {
  it('signs their hashes into the manifest, and verify --documents catches an edited document', async () => {
    const { cwd } = await setup();
    const scan = await cli(
      [
        'scan',
        '--snapshot',
        DEMO,
        '--fail-on',
        'none',
        '--allow-incomplete',
        '-q',
        '--evidence',
        'bundle',
        '--attestations',
        'attestations.yaml',
      ],
      { cwd },
    );
    expect(scan.code, scan.stderr).toBe(0);
    const manifest = readJson(join(cwd, 'bundle', 'manifest.json')) as Manifest;
    expect(manifest.attested).toEqual([
      { control: 'A.5.1', path: 'policy.md', sha256: hash('Information security policy v2\n'), bytes: 31 },
      { control: 'A.6.1', path: 'screening.md', sha256: hash('Screening procedure\n'), bytes: 20 },
    ]);
    expect(manifest.files.map((f) => f.path)).toContain('attestations.json');

    const ok = await cli(['evidence', 'verify', 'bundle', '--documents', '.'], { cwd });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Attested documents: 2 match the hashes in the signed manifest');
    const unchecked = await cli(['evidence', 'verify', 'bundle'], { cwd });
    expect(unchecked.stdout).toContain('2 listed in the signed manifest, not re-hashed');

    writeFileSync(join(cwd, 'screening.md'), 'Screening procedure, quietly weakened\n');
    const bad = await cli(['evidence', 'verify', 'bundle', '--documents', '.'], { cwd });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('attested document screening.md (A.6.1): changed since the bundle was made');
  });

  it('--attestations needs --evidence', async () => {
    const { cwd } = await setup();
    const r = await cli(['scan', '--snapshot', DEMO, '--attestations', 'attestations.yaml'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--attestations: needs --evidence DIR');
  });
});
