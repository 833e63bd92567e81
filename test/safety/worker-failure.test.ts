/**
 * Scratch files that cannot be written (a full TMPDIR; here a file size limit, which fails writes
 * the same way) end the run as any failed output write does: one line naming the file, exit 2, no
 * stack trace, also from an evaluation worker. Runs the built CLI: workers need dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSnapshots, saveSnapshots } from '../../src/inventory/snapshot-file.js';
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
