/**
 * Probes a hostile user ran against the CLI (issue 14): each bad input must end in exit 2 with one
 * line naming the file and field, quickly, without touching what it did not write.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { lstatSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { openHistory } from '../../src/history/store.js';
import { loadResult } from '../../src/output/load-result.js';
import { fromRoot } from '../../src/paths.js';
import { cli, tempDir } from '../support/cli.js';

const SNAPSHOT = fromRoot('demo', 'demo-snapshot.json');

function waiver(check: string, resource: string): string {
  return `  - { check: "${check}", resource: "${resource}", reason: r, owner: o, expires: 2099-01-01 }\n`;
}

interface Probe {
  name: string;
  /** Files to plant in the run's directory, by name. */
  files: Record<string, string>;
  args: string[];
  code: number;
  stderr?: RegExp;
}

const probes: Probe[] = [
  {
    name: 'a blanket waiver (check "*", resource "*")',
    files: { 'w.yaml': `waivers:\n${waiver('*', '*')}` },
    args: ['--waivers', 'w.yaml'],
    code: 2,
    stderr: /^annexa: w\.yaml: waivers\.0: check "\*" on resource "\*" waives every check on every resource.*allowBlanket: true/,
  },
  {
    name: 'a blanket waiver written "**" / "?*", after a narrow one',
    files: { 'w.yaml': `waivers:\n${waiver('aws.s3.*', 'acme-*')}${waiver('**', '?*')}` },
    args: ['--waivers', 'w.yaml'],
    code: 2,
    stderr: /^annexa: w\.yaml: waivers\.1: check "\*\*" on resource "\?\*"/,
  },
  {
    name: 'a blanket waiver its entry explicitly allows',
    files: { 'w.yaml': `waivers:\n${waiver('*', '*').replace(' }', ', allowBlanket: true }')}` },
    args: ['--waivers', 'w.yaml', '--allow-incomplete'],
    code: 0,
  },
  {
    name: 'a waiver for every check of one resource (not blanket)',
    files: { 'w.yaml': `waivers:\n${waiver('*', 'acme-data-lake')}` },
    args: ['--waivers', 'w.yaml', '--fail-on', 'none', '--allow-incomplete'],
    code: 0,
  },
  {
    name: 'a 5 MB waiver file (the YAML parser needs seconds per MB)',
    files: { 'w.yaml': `waivers:\n${waiver('aws.s3.x', 'r').repeat(60_000)}` },
    args: ['--waivers', 'w.yaml'],
    code: 2,
    stderr: /^annexa: w\.yaml: is \d\.\d MiB; files of this kind are limited to 4\.0 MiB$/,
  },
  {
    name: 'a directory given as the config file',
    files: {},
    args: ['--config', '.'],
    code: 2,
    // The CLI resolves --config before loading it, so the directory is named absolute.
    stderr: /^annexa: \S+: is a directory, not a file$/,
  },
];

describe('hostile probes: every bad input is exit 2 with one line', () => {
  it.each(probes)('$name', async (p) => {
    const dir = tempDir();
    for (const [name, text] of Object.entries(p.files)) writeFileSync(join(dir, name), text);
    const started = Date.now();
    const run = await cli(['scan', '--snapshot', SNAPSHOT, '--out', 'out', '-q', ...p.args], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.code, run.stderr).toBe(p.code);
    if (p.stderr) {
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr.trimEnd()).toMatch(p.stderr);
    }
  });
});

describe('hostile probes: special files never hang and are never replaced', () => {
  // Out of process: reading a FIFO or /dev/zero blocks synchronously, so a regression must not
  // freeze the test runner itself; the child is killed at the timeout instead.
  const special = [
    { name: 'waivers from a FIFO', flag: '--waivers', path: 'fifo', why: /fifo: is a FIFO, not a regular file/ },
    { name: 'config from /dev/zero', flag: '--config', path: '/dev/zero', why: /\/dev\/zero: is a device, not a regular file/ },
  ];
  it.each(special)(
    '$name',
    ({ flag, path, why }) => {
      const dir = tempDir();
      execFileSync('mkfifo', [join(dir, 'fifo')]);
      const run = spawnSync(process.execPath, [fromRoot('bin', 'annexa.js'), 'scan', '--snapshot', SNAPSHOT, flag, path, '-q'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(run.signal, 'killed at the timeout: it hung').toBeNull();
      expect(run.status).toBe(2);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(why);
    },
    30_000,
  );

  it('--save-snapshot onto a FIFO is refused, and the FIFO stays a FIFO (as root a rename replaced /dev/full)', async () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const run = await cli(['scan', '--snapshot', SNAPSHOT, '--save-snapshot', 'pipe', '--out', 'out', '-q'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/pipe: is a FIFO; name a regular file/);
    expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  });
});

describe('hostile probes: a locked history database', () => {
  it('is one line naming the file after the busy timeout, not an internal error', async () => {
    const file = join(tempDir(), 'history.db');
    // Record one scan so the file exists with its schema, then hold the write lock.
    const res = await cli([
      'scan',
      '--snapshot',
      SNAPSHOT,
      '--out',
      'out',
      '-q',
      '--history',
      file,
      '--allow-incomplete',
      '--fail-on',
      'none',
    ]);
    expect(res.code).toBe(0);
    const holder = new Database(file);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const store = openHistory(file, { busyTimeoutMs: 200 });
      const doc = loadResult(join(res.cwd, 'out', 'annexa-result.json'));
      let thrown: unknown;
      try {
        store.record(doc);
      } catch (err) {
        thrown = err;
      }
      store.close();
      expect(thrown).toBeInstanceOf(InputError);
      expect(String((thrown as Error).message)).toMatch(/history\.db: the history database stayed locked by another process for 0\.2 s/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});
