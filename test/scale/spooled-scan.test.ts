import { readdirSync, readFileSync } from 'node:fs';
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

/** Every output file's text, with the run's clock taken out. */
function outputs(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).sort())
    out[f] = readFileSync(join(dir, f), 'utf8')
      .replace(/20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'T')
      .replace(/\b1\d{12}\b/g, 'ms');
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
