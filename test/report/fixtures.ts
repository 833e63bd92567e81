/** Results for report tests: the demo scan, and (re-exported) small results built directly from items. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ResultFile } from '../../src/model/result.js';
import { fromRoot } from '../../src/paths.js';
import { cli, readJson } from '../support/cli.js';
import { fromFile, type TestResult } from '../support/result.js';

export { item, NOW, resultOf } from './result-fixtures.js';

/** Scan the demo snapshot in a temp dir; returns the dir and the result it wrote. */
export async function demoScan(): Promise<{ cwd: string; result: TestResult; cleanup: () => void }> {
  const r = await cli([
    'scan',
    '--snapshot',
    fromRoot('demo', 'demo-snapshot.json'),
    '--config',
    fromRoot('demo', 'annexa.yaml'),
    '--fail-on',
    'none',
    '--allow-incomplete',
    '-q',
  ]);
  if (r.code !== 0) throw new Error(`demo scan failed: ${r.stderr}`);
  return {
    cwd: r.cwd,
    result: fromFile(readJson(join(r.cwd, 'annexa-out', 'annexa-result.json')) as ResultFile),
    cleanup: () => rmSync(r.cwd, { recursive: true, force: true }),
  };
}
