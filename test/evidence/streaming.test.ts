import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../src/evidence/verify.js';
import { fromRoot } from '../../src/paths.js';
import { cli, tempDir } from '../support/cli.js';

const DEMO = fromRoot('demo', 'demo-snapshot.json');
const scan = (env: NodeJS.ProcessEnv) =>
  cli(['scan', '--snapshot', DEMO, '--fail-on', 'none', '--allow-incomplete', '-q', '--evidence', 'bundle', '--evidence-tar'], { env });

/** Every file of a bundle, relative path → text, with the run's clock taken out. */
function bundleFiles(dir: string, under = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(dir, under), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = under ? `${under}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, bundleFiles(dir, rel));
    else out[rel] = readFileSync(join(dir, rel), 'utf8').replace(/20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'T');
  }
  return out;
}

interface ManifestJson {
  files: { path: string; sha256: string; bytes: number }[];
  items: number;
}

describe('an evidence bundle from a run whose items spool to disk', () => {
  it('is the same bundle as from a run held in memory, and verifies, directory and tarball', async () => {
    const mem = await scan({ CI: 'true' });
    // Ten items in memory: the demo's ~700 items go through the temporary file.
    const disk = await scan({ CI: 'true', ANNEXA_ITEMS_IN_MEMORY: '10' });
    expect([mem.code, disk.code], disk.stderr).toEqual([0, 0]);
    const a = bundleFiles(join(mem.cwd, 'bundle'));
    const b = bundleFiles(join(disk.cwd, 'bundle'));
    expect(Object.keys(b)).toEqual(Object.keys(a));
    expect(Object.keys(a).filter((f) => f.startsWith('excerpts/')).length).toBeGreaterThan(10);
    // run.json carries the run's clock, so its hash differs; every other file is byte for byte the same.
    for (const f of Object.keys(a)) if (f !== 'manifest.json' && f !== 'run.json') expect(b[f], f).toBe(a[f]);
    expect(b['run.json']).toBe(a['run.json']);
    const withoutRun = (m: ManifestJson) => ({ ...m, files: m.files.filter((f) => f.path !== 'run.json') });
    const ma = JSON.parse(a['manifest.json']!) as ManifestJson;
    expect(withoutRun(JSON.parse(b['manifest.json']!) as ManifestJson)).toEqual(withoutRun(ma));
    expect(ma.items).toBeGreaterThan(10);
    for (const run of [mem, disk]) {
      expect(verifyBundle(join(run.cwd, 'bundle'))).toMatchObject({ ok: true, problems: [] });
      expect(verifyBundle(join(run.cwd, 'bundle.tar.gz'))).toMatchObject({ ok: true, problems: [] });
    }
  }, 120_000);
});

describe('an evidence bundle of 200,000 items', () => {
  it('is written and verified with the heap capped at 256 MB', async () => {
    const dir = join(tempDir(), 'bundle');
    // Its own process, so the cap is real: a bundle held whole in memory (items.jsonl alone is ~160 MB) cannot fit.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--max-old-space-size=256', '--import', 'tsx', fromRoot('test', 'evidence', 'bundle-process.ts'), dir, '20', '10000'],
      { cwd: fromRoot(), maxBuffer: 1 << 20 },
    );
    const out = JSON.parse(stdout.trim().split('\n').at(-1)!) as { ok: boolean; problems: string[]; items: number; files: string[] };
    expect(out).toMatchObject({ ok: true, problems: [], items: 200_000 });
    expect(out.files).toEqual(['excerpts/aws.iam.user-mfa-enabled.jsonl', 'items.jsonl', 'mappings.json', 'run.json', 'manifest.json']);
    const lines = (f: string) => readFileSync(join(dir, f), 'utf8').split('\n').length - 1;
    expect([lines('items.jsonl'), lines('excerpts/aws.iam.user-mfa-enabled.jsonl')]).toEqual([200_000, 200_000]);
    expect(statSync(join(dir, 'items.jsonl')).size).toBeGreaterThan(100 << 20);
    // Each excerpt is cut to its own user, from its own account's snapshot.
    const first = JSON.parse(readFileSync(join(dir, 'excerpts/aws.iam.user-mfa-enabled.jsonl'), 'utf8').split('\n', 1)[0]!) as {
      sources: { match: string; value: { arn: string }[] }[];
    };
    expect(first.sources[0]).toMatchObject({ match: 'resource', value: [{ arn: 'arn:aws:iam::100000000000:user/user-000000' }] });
  }, 600_000);
});
