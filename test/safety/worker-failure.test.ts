/**
 * Scratch files that cannot be written (a full TMPDIR; here a file size limit, which fails writes
 * the same way) end the run as any failed output write does: one line naming the file, exit 2, no
 * stack trace, also from an evaluation worker. Runs the built CLI: workers need dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_WORKERS, workerCount } from '../../src/engine/parallel.js';
import { InputError } from '../../src/errors.js';
import { loadSnapshots, openSnapshotFile, saveSnapshots } from '../../src/inventory/snapshot-file.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { fromRoot } from '../../src/paths.js';
import { tempDir } from '../support/cli.js';

const dir = tempDir('annexa-worker-failure-');
const [aws] = loadSnapshots(fromRoot('test', 'fixtures', 'snapshots', 'v1-compact.json')) as [Snapshot];
const file = join(dir, 'accounts.json');
saveSnapshots(
  file,
  Array.from({ length: 4 }, (_, i) => ({ ...aws, account: { ...aws.account, id: `99990000000${i}` } })),
);

/** The scan with writes capped at `blocks` (512-byte blocks under dash, 1 KiB under bash) and `workers`. */
function scan(workers: string, blocks: number, out: string, ...extra: string[]): { status: number | null; stderr: string } {
  const tmp = join(dir, `${out}-tmp`);
  mkdirSync(tmp);
  const args = [fromRoot('bin', 'annexa.js'), 'scan', '--snapshot', file, '-q', '--out', join(dir, out), '--fail-on', 'none', ...extra];
  const r = spawnSync('/bin/sh', ['-c', `ulimit -f ${blocks} && exec "$0" "$@"`, process.execPath, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ANNEXA_WORKERS: workers, TMPDIR: tmp },
    timeout: 120_000,
  });
  return { status: r.status, stderr: r.stderr };
}

describe('scratch writes that fail (a full TMPDIR)', () => {
  it('end the run with one line naming the scratch file and exit 2, in a worker as on the main thread', () => {
    // Workers spool their items to disk; the main thread keeps a small run's items in memory but
    // writes the bundle's excerpts to scratch files as it goes.
    const runs = [scan('2', 16, 'out-workers'), scan('0', 16, 'out-excerpts', '--evidence', join(dir, 'bundle'))];
    for (const r of runs) {
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
      expect(r.stderr).toMatch(/\(scratch space under TMPDIR\): cannot write: .*EFBIG/);
    }
  }, 120_000);
});

describe('ANNEXA_WORKERS', () => {
  const members = openSnapshotFile(file).members;
  const asked = (value: string) => () => workerCount(file, members, [], { ANNEXA_WORKERS: value });

  it('refuses more threads than annexa runs: each holds its own heap (about 80 MB), and 999 of them exhaust memory', () => {
    for (const v of ['999', '100', String(MAX_WORKERS + 1)]) {
      expect(asked(v), v).toThrow(InputError);
      expect(asked(v), v).toThrow(new RegExp(`ANNEXA_WORKERS: "${v}" is more than ${MAX_WORKERS}`));
    }
    expect(asked(String(MAX_WORKERS))).not.toThrow();
  });

  it('refuses what is not a plain count, naming the variable', () => {
    for (const v of ['-1', '1e3', ' 2', '2 ', '0x2', '2\n', '\u0662', '1.5'])
      expect(asked(v), JSON.stringify(v)).toThrow(/^ANNEXA_WORKERS: ".*" is not a number of worker threads/);
  });
});
