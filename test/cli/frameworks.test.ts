import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allMappings } from '../../src/engine/mappings.js';
import { FRAMEWORK_KEYS, type FrameworkKey } from '../../src/mapping/load.js';
import type { ResultFile } from '../../src/model/result.js';
import { mergeResults } from '../../src/output/merge.js';
import type { ControlSummary } from '../../src/output/result.js';
import { fromRoot } from '../../src/paths.js';
import { type CliRun, cli, readJson, schemaErrors } from '../support/cli.js';
import { fromFile, type TestResult } from '../support/result.js';

const DEMO = fromRoot('demo', 'demo-snapshot.json');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function run(args: string[]): Promise<CliRun> {
  const r = await cli(args);
  dirs.push(r.cwd);
  return r;
}

async function scanDemo(extra: string[]): Promise<{ r: CliRun; doc: TestResult }> {
  const r = await run(['scan', '--snapshot', DEMO, '--fail-on', 'none', '--allow-incomplete', ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return { r, doc: fromFile(readJson(join(r.cwd, 'annexa-out', 'annexa-result.json')) as ResultFile) };
}

const count = (controls: ControlSummary[], fw: FrameworkKey) => controls.filter((c) => c.framework === fw).length;
const SIZES: Record<FrameworkKey, number> = {
  'iso27001:2022': 93,
  'iso27001:2013': 114,
  'iso27017:2015': 34,
  'iso27701:2019': 14,
  iso27035: 5,
  'iso27032:2023': 17,
};

describe('annexa scan --framework', () => {
  it('defaults to ISO/IEC 27001:2022 alone', async () => {
    const { doc, r } = await scanDemo([]);
    expect(doc.controls.every((c) => c.framework === 'iso27001:2022')).toBe(true);
    expect(doc.controls).toHaveLength(93);
    expect(r.stdout).toMatch(/^ISO\/IEC 27001:2022 coverage: 93 controls — /m);
    expect(r.stdout).not.toMatch(/27017/);
  });

  it('summarises every selected framework, tags items with all of them, and stays schema-valid', async () => {
    const { doc, r } = await scanDemo(['--framework', FRAMEWORK_KEYS.join(',')]);
    expect(schemaErrors(doc)).toEqual([]);
    for (const fw of FRAMEWORK_KEYS) expect(count(doc.controls, fw), fw).toBe(SIZES[fw]);
    const tls = doc.items.find((i) => i.checkId === 'aws.s3.bucket-tls-only')!;
    expect(Object.keys(tls.controls).sort()).toEqual(['iso27001:2013', 'iso27001:2022', 'iso27017:2015', 'iso27032:2023', 'iso27701:2019']);
    // 27032 tags come through the 27002 cross-reference: TLS in transit is 9.2.15, use of cryptography.
    expect(tls.controls['iso27032:2023']).toContain('9.2.15');

    // Counts per control come from the items tagged with that framework's ids.
    const a1011 = doc.controls.find((c) => c.framework === 'iso27001:2013' && c.id === 'A.10.1.1')!;
    const tagged = doc.items.filter((i) => i.controls['iso27001:2013']?.includes('A.10.1.1'));
    expect(a1011.fail).toBe(tagged.filter((i) => i.status === 'fail').length);
    expect(a1011.fail).toBeGreaterThan(0);
    expect(a1011.coverage).toBe('automated');

    expect(r.stdout).toMatch(/^ISO\/IEC 27001:2013 coverage: 114 controls — \d+ automated, \d+ partial, \d+ manual/m);
    expect(r.stdout).toMatch(/^ISO\/IEC 27035 incident phases coverage: 5 phases — /m);
    expect(r.stdout).toMatch(/^ISO\/IEC 27032:2023 coverage: 17 guideline areas — \d+ automated, \d+ partial, \d+ manual/m);
    const schema = JSON.parse(readFileSync(fromRoot('schema', 'annexa-result.v2.schema.json'), 'utf8')) as {
      $defs: { control: { properties: { framework: { enum: string[] } } } };
    };
    expect(schema.$defs.control.properties.framework.enum).toEqual([...FRAMEWORK_KEYS]);
  });

  it('keeps summary.coverage about 27001:2022 when only another framework is selected', async () => {
    const both = (await scanDemo([])).doc;
    const { doc, r } = await scanDemo(['--framework', 'iso27017:2015']);
    expect(doc.summary.coverage).toEqual(both.summary.coverage);
    expect(doc.controls).toHaveLength(34);
    expect(r.stdout).toContain('Top failing controls (ISO/IEC 27017:2015):');
    expect(r.stdout).not.toMatch(/27001:2022 coverage/);
  });

  it('switches SARIF tags and help, JUnit suites and the summaries to the first framework given', async () => {
    const { r } = await scanDemo(['--framework', 'iso27032:2023', '--format', 'json,sarif,junit']);
    const sarif = readJson(join(r.cwd, 'annexa-out', 'annexa-result.sarif')) as {
      runs: { tool: { driver: { rules: { id: string; properties: { tags: string[] }; help: { text: string } }[] } } }[];
    };
    const rule = sarif.runs.flatMap((run) => run.tool.driver.rules).find((x) => x.id === 'aws.s3.bucket-tls-only')!;
    expect(rule.properties.tags).toContain('iso27032:2023/9.2.15');
    expect(rule.properties.tags.some((t) => t.startsWith('iso27001:2022/'))).toBe(false);
    expect(rule.help.text).toContain('ISO/IEC 27032:2023: ');
    const junit = readFileSync(join(r.cwd, 'annexa-out', 'annexa-result.junit.xml'), 'utf8');
    expect(junit).toContain('name="9.2.15 Use of cryptography"');
    expect(r.stdout).toContain('Top failing controls (ISO/IEC 27032:2023):');
  });

  it('rejects an unknown framework key naming the flag', async () => {
    const r = await run(['scan', '--snapshot', DEMO, '--framework', 'iso27001:2022,iso9001']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^annexa: --framework: "iso9001" is not a framework \(available: iso27001:2022, /);
  });
});

describe('annexa controls list --framework', () => {
  it.each(FRAMEWORK_KEYS)('prints coverage and totals for %s', async (fw) => {
    const r = await run(['controls', 'list', '--framework', fw]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(`\\(${fw}\\): ${SIZES[fw]} (controls|phases|guideline areas) — \\d+ automated, \\d+ partial, \\d+ manual`),
    );
    const json = JSON.parse((await run(['controls', 'list', '--framework', fw, '--format', 'json'])).stdout) as {
      framework: string;
      coverage: string;
    }[];
    expect(json).toHaveLength(SIZES[fw]);
    expect(new Set(json.map((c) => c.framework))).toEqual(new Set([fw]));
  });

  it('takes a list, and rejects a bad key', async () => {
    const json = JSON.parse(
      (await run(['controls', 'list', '--framework', 'iso27001:2013,iso27035', '--format', 'json'])).stdout,
    ) as unknown[];
    expect(json).toHaveLength(119);
    const bad = await run(['controls', 'list', '--framework', 'iso27001:2005']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--framework: "iso27001:2005" is not a framework/);
  });
});

describe('mergeResults', () => {
  it('keeps the frameworks its inputs summarised', async () => {
    const { doc } = await scanDemo(['--framework', 'iso27701:2019,iso27001:2022']);
    const merged = mergeResults(
      [
        { file: 'a.json', doc },
        // Another run of the same estate (the same run twice is refused: its API calls would count twice).
        { file: 'b.json', doc: { ...doc, run: { ...doc.run, evaluatedAt: '2020-01-01T00:00:00.000Z' } } },
      ],
      allMappings(),
    );
    expect([...new Set(merged.controls.map((c) => c.framework))]).toEqual(['iso27701:2019', 'iso27001:2022']);
    expect(merged.controls).toEqual(doc.controls);
  });
});
