import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { cli } from '../support/cli.js';

const DEMO = fromRoot('demo', 'demo-snapshot.json');
const args = (extra: string[]) => [
  'scan',
  '--snapshot',
  DEMO,
  '--format',
  'json,sarif,junit,ocsf,html',
  '--fail-on',
  'low',
  '--allow-incomplete',
  ...extra,
];

/** A file's text with the run's clock taken out. */
const unclocked = (file: string): string =>
  readFileSync(file, 'utf8')
    .replace(/20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'T')
    .replace(/\b1\d{12}\b/g, 'ms');

/** Every output file's text, with the run's clock taken out. */
function outputs(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).sort()) out[f] = unclocked(join(dir, f));
  return out;
}

describe('a run whose items spool to disk', () => {
  it('writes the same outputs, summary and exit code as a run held in memory', async () => {
    const mem = await cli(args([]));
    // Ten items in memory: the demo's ~700 items go through the temporary file.
    const disk = await cli(args([]), { env: { CI: 'true', ANNEXA_ITEMS_IN_MEMORY: '10' } });
    expect(disk.code, disk.stderr).toBe(mem.code);
    expect(disk.stdout).toBe(mem.stdout);
    expect(outputs(join(disk.cwd, 'annexa-out'))).toEqual(outputs(join(mem.cwd, 'annexa-out')));
  });
});

describe('a spooled run with waivers and a baseline', () => {
  it('gates, summarises and writes as a run held in memory, reading only the items that are not a plain pass', async () => {
    const first = await cli(args([]));
    const base = join(first.cwd, 'annexa-out', 'annexa-result.json');
    const waivers = join(first.cwd, 'waivers.yaml');
    writeFileSync(
      waivers,
      [
        'waivers:',
        '  - { check: "aws.s3.*", resource: "*", reason: r, owner: o, expires: "2099-12-31" }',
        '  - { check: "azure.*", resource: "*a*", reason: r, owner: o, expires: "2099-12-31" }',
        '  - { check: "aws.iam.*", resource: "*", reason: r, owner: o, expires: "2000-01-01" }',
      ].join('\n'),
    );
    const env = { CI: 'true', GITHUB_ACTIONS: 'true' };
    // Without a baseline some failures block; with one, nothing is new.
    for (const extra of [
      ['--waivers', waivers, '--summary-md', 'summary.md'],
      ['--waivers', waivers, '--baseline', base, '--summary-md', 'summary.md'],
    ]) {
      const mem = await cli(args(extra), { env });
      const disk = await cli(args(extra), { env: { ...env, ANNEXA_ITEMS_IN_MEMORY: '10' } });
      expect(mem.stdout).toMatch(/Waivers \(.*\): [1-9]\d* failing item\(s\) waived/);
      expect(disk.code, disk.stderr).toBe(mem.code);
      expect(disk.stdout).toBe(mem.stdout);
      expect(disk.stderr).toBe(mem.stderr);
      expect(unclocked(join(disk.cwd, 'summary.md'))).toBe(unclocked(join(mem.cwd, 'summary.md')));
      expect(outputs(join(disk.cwd, 'annexa-out'))).toEqual(outputs(join(mem.cwd, 'annexa-out')));
    }
  });
});
