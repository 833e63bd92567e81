import { execFile } from 'node:child_process';
import { closeSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readLines } from '../../src/lines.js';
import { fromRoot } from '../../src/paths.js';
import { tempDir } from '../support/cli.js';

const N = 200_000;
const ACCOUNTS = 3;
const dir = tempDir('annexa-writers-scale-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The first bytes of a file too large to read whole in a test. */
function head(file: string, bytes = 4096): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    return buf.toString('utf8', 0, readSync(fd, buf, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

interface ChildReport {
  files: string[];
  warnings: string[];
  ocsfLines: number;
  byStatus: Record<string, number>;
  maxRssMB: number;
}

describe('every writer over a spooled result of 200,000 items', () => {
  it('finishes within a 256 MB heap and writes complete files', async () => {
    // A heap this small holds the caps' worth of items, never the run's: any writer that gathers every item fails here.
    const run = promisify(execFile);
    const { stdout } = await run(
      process.execPath,
      ['--max-old-space-size=256', '--import', 'tsx', fromRoot('test', 'output', 'writers-process.ts'), dir, String(N), String(ACCOUNTS)],
      { cwd: fromRoot(), maxBuffer: 1 << 24 },
    );
    const r = JSON.parse(stdout) as ChildReport;
    const byName = (suffix: string): string => r.files.find((f) => f.endsWith(suffix))!;
    expect(r.files).toHaveLength(5);

    // JSON: the summary counts every item.
    expect(head(byName('annexa-result.json'), 1 << 20)).toContain(`"summary": {\n    "items": ${N},`);

    // SARIF: one run per account, each cut to GitHub's 25,000 results and saying so.
    const sarif = JSON.parse(readFileSync(byName('.sarif'), 'utf8')) as {
      runs: { results: unknown[]; properties: { truncated?: { kept: number; omitted: number } } }[];
    };
    expect(sarif.runs).toHaveLength(ACCOUNTS);
    const reported = r.byStatus.fail! + r.byStatus.error!;
    expect(sarif.runs.map((x) => x.results.length)).toEqual([25_000, 25_000, 25_000]);
    expect(sarif.runs.reduce((n, x) => n + x.properties.truncated!.kept + x.properties.truncated!.omitted, 0)).toBe(reported);
    expect(r.warnings.filter((w) => w.includes('kept the 25000 most severe results'))).toHaveLength(ACCOUNTS);

    // JUnit: the root counts every testcase (one per item and control: the synthetic checks map to 1, 2 and 1 controls).
    const junitHead = head(byName('.junit.xml'));
    const tests = Number(/<testsuites name="annexa" tests="(\d+)"/.exec(junitHead)?.[1]);
    expect(tests).toBeGreaterThan(N);
    let cases = 0;
    for (const line of readLines(byName('.junit.xml'))) if (line.startsWith('    <testcase ')) cases++;
    expect(cases).toBe(tests);

    // OCSF: one detection finding per item plus one compliance finding per ISO control, then the manual controls.
    expect(r.ocsfLines).toBeGreaterThanOrEqual(N + tests);
    expect(r.ocsfLines).toBeLessThan(N + tests + 200);

    // HTML: part of the run, and the page says so.
    expect(head(byName('.html'), 1 << 16)).toContain(`This page shows 100000 of ${N} items`);
  }, 600_000);
});
