/**
 * `annexa --help` starts fast because commands load their modules on use. A timing assertion
 * would be flaky on a shared machine, so this asserts the set of modules instead: a child runs
 * the built CLI under a hook that records every module it loads, and the heavy ones must be absent.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { tempDir } from '../support/cli.js';

/** Cloud SDKs, the history database and the snapshot validators: only a scan or a history command needs them. */
const SDK_OR_STORE: readonly RegExp[] = [
  /\/node_modules\/@aws-sdk\//,
  /\/node_modules\/@smithy\//,
  /\/node_modules\/@azure\//,
  /\/node_modules\/@typespec\//,
  /\/node_modules\/better-sqlite3\//,
  /\/node_modules\/ajv[^/]*\//,
  /\/schema\/inventory-validators\.cjs$/,
  /\/dist\/src\/history\//,
];

/** What only running a command needs: the above, the parsers, and the pipeline. */
const HEAVY: readonly RegExp[] = [
  ...SDK_OR_STORE,
  /\/node_modules\/zod\//,
  /\/node_modules\/yaml\//,
  /\/dist\/src\/(providers|mapping|engine|output|inventory|evidence|gating|report|config)\//,
  /\/dist\/demo\//,
];

/** The module URLs a run of the built CLI loads, and how it ended. */
function loadedBy(args: string[]): { urls: string[]; status: number | null; stdout: string } {
  const log = join(tempDir('annexa-modules-'), 'modules.txt');
  const r = spawnSync(
    process.execPath,
    ['--import', fromRoot('test', 'support', 'record-modules.mjs'), fromRoot('bin', 'annexa.js'), ...args],
    {
      cwd: tempDir('annexa-cold-'),
      env: { ...process.env, RECORD_MODULES_TO: log },
      encoding: 'utf8',
    },
  );
  expect(r.stderr).toBe('');
  return { urls: readFileSync(log, 'utf8').split('\n').filter(Boolean), status: r.status, stdout: r.stdout };
}

const heavyIn = (urls: string[]): string[] => urls.filter((u) => HEAVY.some((h) => h.test(u)));

describe('cold start', () => {
  for (const args of [['--help'], ['--version'], ['scan', '--help'], ['checks', '--help'], ['history', 'list', '--help']]) {
    it(`annexa ${args.join(' ')} loads no SDK, validator, parser, database or pipeline module`, () => {
      const { urls, status, stdout } = loadedBy(args);
      expect(status).toBe(0);
      expect(stdout.length).toBeGreaterThan(0);
      // The recorder saw the run: the CLI and commander are there.
      expect(urls.some((u) => u.endsWith('/dist/src/cli.js'))).toBe(true);
      expect(urls.some((u) => u.includes('/node_modules/commander/'))).toBe(true);
      expect(heavyIn(urls)).toEqual([]);
    });
  }

  it('annexa checks list loads the checks and mappings but no SDK, validator or database', () => {
    const { urls, status } = loadedBy(['checks', 'list', '--checks', 'aws.s3.*']);
    expect(status).toBe(0);
    // The recorder sees a heavy module when one loads, so the checks above can fail.
    expect(heavyIn(urls)).toContain(pathToFileURL(fromRoot('dist', 'src', 'engine', 'registry.js')).href);
    const sdkOrStore = HEAVY.slice(
      0,
      HEAVY.findIndex((h) => h.source.includes('zod')),
    );
    expect(urls.filter((u) => sdkOrStore.some((h) => h.test(u)) || /inventory-validators|\/dist\/src\/history\//.test(u))).toEqual([]);
  });
});
