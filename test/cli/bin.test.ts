/** The installed entry point, as a user runs it: a separate Node process on the built code. */
import { spawnSync } from 'node:child_process';

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { readJson, schemaErrors, tempDir } from '../support/cli.js';

function annexa(args: string[], cwd: string) {
  // Blank the GitHub step files so the suite, when it runs in Actions, never writes to its own job summary.
  const env = { ...process.env, CI: 'true', GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', GITHUB_OUTPUT: '' };
  return spawnSync(process.execPath, [fromRoot('bin', 'annexa.js'), ...args], { cwd, env, encoding: 'utf8' });
}

describe('bin/annexa.js', () => {
  it('scans the demo snapshot and exits with the gate code', () => {
    const cwd = tempDir('annexa-bin-');
    const r = annexa(['scan', '--snapshot', fromRoot('demo', 'demo-snapshot.json'), '--fail-on', 'critical'], cwd);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/Exit 1: \d+ failing item\(s\) at or above critical/);
    expect(schemaErrors(readJson(join(cwd, 'annexa-out', 'annexa-result.json')))).toEqual([]);
    expect(r.stderr).toBe('');
  });

  it('prints one line and exits 2 on bad input, with no stack trace', () => {
    const r = annexa(['scan', '--snapshot', 'nope.json'], tmpdir());
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
