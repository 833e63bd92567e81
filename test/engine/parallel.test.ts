/**
 * Evaluation workers must change nothing but the time: the built CLI (workers need the compiled
 * worker module) scans a multi-account file with and without workers, and every output file,
 * the evidence bundle included, must be the same bytes once run timestamps are masked.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/engine/evaluate.js';
import { allMappings } from '../../src/engine/mappings.js';
import { defaultWorkers, shares } from '../../src/engine/parallel.js';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { loadSnapshots, saveSnapshots } from '../../src/inventory/snapshot-file.js';
import { controlsByCheck } from '../../src/mapping/coverage.js';
import type { EvidenceItem } from '../../src/model/evidence.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { ItemTally } from '../../src/model/tally.js';
import { fromRoot } from '../../src/paths.js';
import { builtScanArgs, tempDir } from '../support/cli.js';

const dir = tempDir('annexa-parallel-');
const [aws, azure] = loadSnapshots(fromRoot('test', 'fixtures', 'snapshots', 'v1-compact.json')) as [Snapshot, Snapshot];
const clone = (s: Snapshot, id: string): Snapshot => ({ ...s, account: { ...s.account, id } });
const file = join(dir, 'accounts.json');
saveSnapshots(file, [azure, clone(aws, '999900000003'), aws, clone(aws, '999900000001'), clone(aws, '999900000002')]);

function scan(workers: string, out: string, ...extra: string[]): { status: number | null; stderr: string; tmp: string } {
  const tmp = join(out, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const r = spawnSync(process.execPath, [...builtScanArgs(file, join(out, 'out')), '--allow-incomplete', ...extra], {
    encoding: 'utf8',
    env: { ...process.env, ANNEXA_WORKERS: workers, TMPDIR: tmp },
    timeout: 120_000,
  });
  return { status: r.status, stderr: r.stderr, tmp };
}

function files(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

/** Run times and the hashes and sizes that follow from them differ between any two runs. */
const masked = (text: string): string =>
  text
    .replace(/"(evaluatedAt|createdAt|timestamp|startTimeUtc|endTimeUtc)": ?"[^"]*"/g, '"$1":"T"')
    .replace(/(timestamp|time)="[^"]*"/g, '$1="T"')
    .replace(/"sha256": ?"[0-9a-f]{64}"/g, '"sha256":"H"')
    .replace(/"bytes": ?\d+/g, '"bytes":N');

describe('evaluation workers', () => {
  it('write the same outputs and bundle as one thread, and leave no temporary files', () => {
    const one = scan('0', join(dir, 'one'));
    const two = scan('2', join(dir, 'two'));
    const three = scan('3', join(dir, 'three'));
    for (const r of [one, two, three]) {
      expect(r.status, r.stderr).toBe(0);
      expect(readdirSync(r.tmp)).toEqual([]);
    }
    const names = files(join(dir, 'one', 'out'));
    expect(names).toContain('evidence/items.jsonl');
    expect(names.filter((n) => n.startsWith('evidence/excerpts/')).length).toBeGreaterThan(10);
    for (const other of ['two', 'three']) {
      expect(files(join(dir, other, 'out'))).toEqual(names);
      for (const n of names) {
        const a = readFileSync(join(dir, 'one', 'out', n), 'utf8');
        const b = readFileSync(join(dir, other, 'out', n), 'utf8');
        // Item and excerpt files carry no run time: they must be the very same bytes.
        if (n.endsWith('.jsonl')) expect(b === a, `${other}: ${n}`).toBe(true);
        else expect(masked(b), `${other}: ${n}`).toBe(masked(a));
      }
    }
    const verify = spawnSync(process.execPath, [fromRoot('bin', 'annexa.js'), 'evidence', 'verify', join(dir, 'two', 'out', 'evidence')], {
      encoding: 'utf8',
    });
    expect(verify.status, verify.stderr).toBe(0);
  }, 240_000);

  it('keep a shard to the items it owns, as one thread does', () => {
    const one = scan('0', join(dir, 'shard-one'), '--shard', '2/3');
    const two = scan('2', join(dir, 'shard-two'), '--shard', '2/3');
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    const items = (d: string) => readFileSync(join(dir, d, 'out', 'evidence', 'items.jsonl'), 'utf8');
    expect(items('shard-one').length).toBeGreaterThan(1000);
    expect(items('shard-two')).toBe(items('shard-one'));
    const result = (d: string) => masked(readFileSync(join(dir, d, 'out', 'annexa-result.json'), 'utf8'));
    expect(result('shard-two')).toBe(result('shard-one'));
  }, 120_000);

  it('report a broken account as one thread does: one line naming the file, exit 2', () => {
    const broken = join(dir, 'broken.json');
    // The last account's inventory line is cut short: only its worker reads it.
    const lines = readFileSync(file, 'utf8').split('\n');
    const last = lines.findLastIndex((l) => l.startsWith('"aws.'));
    expect(last).toBeGreaterThan(0);
    lines[last] = lines[last]!.slice(0, Math.floor(lines[last]!.length / 2));
    writeFileSync(broken, lines.join('\n'));
    const out = join(dir, 'broken-out');
    const run = (workers: string) =>
      spawnSync(process.execPath, [fromRoot('bin', 'annexa.js'), 'scan', '--snapshot', broken, '--format', 'json', '-q', '--out', out], {
        encoding: 'utf8',
        env: { ...process.env, ANNEXA_WORKERS: workers },
      });
    const seq = run('0');
    const par = run('2');
    expect(seq.status).toBe(2);
    expect(par.status).toBe(2);
    expect(par.stderr).toBe(seq.stderr);
    expect(par.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('refuse an ANNEXA_WORKERS that is not a number', () => {
    const r = spawnSync(process.execPath, [fromRoot('bin', 'annexa.js'), 'scan', '--snapshot', file, '-q', '--out', join(dir, 'x')], {
      encoding: 'utf8',
      env: { ...process.env, ANNEXA_WORKERS: 'many' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/ANNEXA_WORKERS: "many" is not a number/);
  });
});

const member = (index: number, bytes: number) => ({ head: aws, index, bytes });
const MB = 2 ** 20;

describe('a failing evaluation worker', () => {
  it('rejects with the error one thread would throw: its message, no worker stack', async () => {
    // Built modules only: the worker runs from dist/ (the test command builds first).
    type Parallel = typeof import('../../src/engine/parallel.js');
    const built = (await import(pathToFileURL(fromRoot('dist', 'src', 'engine', 'parallel.js')).href)) as Parallel;
    // Members the file does not have: reading them throws a TypeError inside the workers.
    const missing = [member(90, 1), member(91, 1)];
    const run = built.evaluateInWorkers({
      file,
      members: missing,
      workers: 2,
      taps: [],
      job: { checkIds: ['aws.s3.bucket-versioning-enabled'], params: DEFAULT_PARAMS, serviceParams: {}, controls: new Map() },
    });
    const err = (await run.then(
      () => undefined,
      (e: unknown) => e,
    )) as Error | undefined;
    expect(err).toBeInstanceOf(Error);
    expect(err!.message).not.toContain('\n');
    expect(err!.message).not.toMatch(/evaluation worker|eval-worker/);
  });
});

describe('defaultWorkers', () => {
  it('leaves small files to the main thread and keeps the estimated peak under 1 GiB', () => {
    const many = Array.from({ length: 200 }, (_, i) => member(i, 2 * MB));
    expect(defaultWorkers(many.slice(0, 10), 20 * MB, 8)).toBe(0);
    expect(defaultWorkers(many, 400 * MB, 2)).toBe(2);
    expect(defaultWorkers(many, 400 * MB, 16)).toBe(4);
    expect(defaultWorkers(many, 400 * MB, 1)).toBe(0);
    // Ten accounts of 100k resources (45 MB each): two workers would peak near 1.2 GB (measured).
    const large = Array.from({ length: 10 }, (_, i) => member(i, 45 * MB));
    expect(defaultWorkers(large, 450 * MB, 2)).toBe(0);
    // One large account among small ones: two workers fit, three do not.
    const mixed = [member(0, 70 * MB), ...many.slice(1, 100)];
    expect(defaultWorkers(mixed, 270 * MB, 8)).toBe(2);
  });
});

describe('shares', () => {
  it('cuts members into consecutive runs of about equal bytes, none empty', () => {
    const ms = [member(0, 10), member(1, 10), member(2, 10), member(3, 10)];
    expect(shares(ms, 2).map((r) => r.map((m) => m.index))).toEqual([
      [0, 1],
      [2, 3],
    ]);
    const skewed = [member(0, 100), member(1, 1), member(2, 1)];
    expect(shares(skewed, 3).map((r) => r.map((m) => m.index))).toEqual([[0], [1], [2]]);
    expect(shares(skewed, 2).map((r) => r.map((m) => m.index))).toEqual([[0], [1, 2]]);
    for (let n = 1; n <= 5; n++) {
      const runs = shares([...ms, member(4, 3)], n);
      expect(runs).toHaveLength(n);
      expect(runs.every((r) => r.length > 0)).toBe(true);
      expect(runs.flat().map((m) => m.index)).toEqual([0, 1, 2, 3, 4]);
    }
  });
});

describe('ItemTally.merge', () => {
  it('gives what one pass over every item gives, key order included', () => {
    const items: EvidenceItem[] = evaluateAll(
      [aws, azure, clone(aws, '999900000003')],
      ALL_CHECKS,
      DEFAULT_PARAMS,
      controlsByCheck(allMappings()),
    );
    expect(items.some((i) => i.error)).toBe(true);
    const whole = new ItemTally();
    for (const i of items) whole.add(i);
    const cut = Math.floor(items.length / 3);
    const parts = [items.slice(0, cut), items.slice(cut, 2 * cut), items.slice(2 * cut)].map((part) => {
      const t = new ItemTally();
      for (const i of part) t.add(i);
      return t.toData();
    });
    const merged = new ItemTally();
    for (const p of parts) merged.merge(structuredClone(p));
    expect(merged.toData()).toEqual(whole.toData());
    expect(JSON.stringify(merged.toData())).toBe(JSON.stringify(whole.toData()));
    expect(merged.errorsByApi()).toEqual(whole.errorsByApi());
  });
});
