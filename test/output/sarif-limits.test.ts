import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { allMappings } from '../../src/engine/mappings.js';
import type { EvidenceItem } from '../../src/model/evidence.js';
import { itemsOf } from '../../src/model/items.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import { type Severity, severityRank } from '../../src/model/status.js';
import { assembleResult } from '../../src/output/result.js';
import { writeSarif } from '../../src/output/sarif.js';
import { GITHUB_LIMITS, type Truncation } from '../../src/output/sarif-limits.js';
import type { SarifLog } from '../../src/output/sarif-types.js';
import { asTest, type TestResult } from '../support/result.js';
import { demoSnapshots, otherAccount, resultOf } from './sarif-fixtures.js';
import { sarifSchemaErrors } from './sarif-validators.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const outDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'annexa-sarif-limits-'));
  dirs.push(d);
  return d;
};

const AWS = demoSnapshots().find((x) => x.provider === 'aws')!;

const MIX: [Severity, number][] = [
  ['critical', 2_000],
  ['high', 8_000],
  ['medium', 10_000],
  ['low', 6_000],
  ['info', 4_000],
];

/** 30,000 failing items in one account: more than GitHub takes in one run. */
function large(): TestResult {
  const base = resultOf([AWS]);
  const template = base.items.find((i) => i.status === 'fail')!;
  const items: EvidenceItem[] = [];
  for (const [severity, n] of MIX) {
    for (let k = 0; k < n; k++) {
      const name = `${severity}-bucket-${k}`;
      const arn = `arn:aws:s3:::${name}`;
      items.push({
        ...template,
        id: `${severity}${k}`,
        severity,
        resource: { ...template.resource, id: arn, arn, name },
        message: `Bucket ${name} is not compliant.`,
      });
    }
  }
  return asTest(
    assembleResult({
      accounts: base.run.accounts,
      items,
      mappings: allMappings(),
      checkIds: base.run.checks,
      params: DEFAULT_PARAMS,
      source: 'snapshot',
      evaluatedAt: base.run.evaluatedAt,
    }),
  );
}

const doc = large();
const total = MIX.reduce((n, [, k]) => n + k, 0);

describe('SARIF within GitHub limits', () => {
  it('keeps the 25,000 most severe results of a run and says what was cut, in the run and on stderr', async () => {
    const warnings: string[] = [];
    const [file, ...more] = await writeSarif(outDir(), doc, { warn: (l) => warnings.push(l) });
    expect(more).toEqual([]);
    const text = readFileSync(file!, 'utf8');
    const log = JSON.parse(text) as SarifLog;
    const run = log.runs[0]!;
    expect(run.results).toHaveLength(GITHUB_LIMITS.maxResultsPerRun);
    const kept = (s: Severity): number => run.results.filter((r) => r.properties.severity === s).length;
    // 2,000 + 8,000 + 10,000 fit whole; 5,000 of the 6,000 lows fill the rest; no info survives.
    expect([kept('critical'), kept('high'), kept('medium'), kept('low'), kept('info')]).toEqual([2_000, 8_000, 10_000, 5_000, 0]);
    const t = run.properties.truncated as Truncation;
    expect(t).toMatchObject({ kept: 25_000, omitted: total - 25_000, omittedBySeverity: { low: 1_000, info: 4_000 } });
    expect(t.reason).toEqual(['more than 25000 results in one run']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      `annexa/aws/${AWS.account.id}/: kept the 25000 most severe results and left out 5000 (1000 low, 4000 info)`,
    );
    // The full file, as written, is far inside the 10 MB gzip limit and still valid SARIF.
    expect(gzipSync(text).length).toBeLessThan(GITHUB_LIMITS.maxGzipBytes);
    expect(sarifSchemaErrors(log)).toEqual([]);
  }, 60_000);

  it('cuts the least severe results until the gzipped file fits the size limit', async () => {
    const warnings: string[] = [];
    const limits = { ...GITHUB_LIMITS, maxGzipBytes: 150_000 };
    const [file] = await writeSarif(outDir(), doc, { limits, warn: (l) => warnings.push(l) });
    const text = readFileSync(file!, 'utf8');
    expect(gzipSync(text).length).toBeLessThanOrEqual(limits.maxGzipBytes);
    const run = (JSON.parse(text) as SarifLog).runs[0]!;
    const t = run.properties.truncated as Truncation;
    expect(t.reason).toContain('over 150000 bytes gzipped');
    expect(t.kept).toBe(run.results.length);
    expect(t.kept + t.omitted).toBe(total);
    expect(run.results.length).toBeGreaterThan(0);
    // Whatever was dropped is never more severe than anything kept.
    const weakestKept = Math.min(...run.results.map((r) => severityRank(r.properties.severity as Severity)));
    const strongestDropped = Math.max(...Object.keys(t.omittedBySeverity).map((s) => severityRank(s as Severity)));
    expect(strongestDropped).toBeLessThanOrEqual(weakestKept);
    expect(warnings.join('\n')).toMatch(/over 150000 bytes gzipped/);
  }, 60_000);

  it('writes nothing about limits when a scan fits', async () => {
    const warnings: string[] = [];
    const [file] = await writeSarif(outDir(), resultOf(demoSnapshots()), { warn: (l) => warnings.push(l) });
    expect(warnings).toEqual([]);
    expect((JSON.parse(readFileSync(file!, 'utf8')) as SarifLog).runs.every((r) => r.properties.truncated === undefined)).toBe(true);
  });

  it('spreads more accounts than GitHub takes runs per file over several files', async () => {
    const warnings: string[] = [];
    const three = resultOf([otherAccount('111111111111'), otherAccount('222222222222'), otherAccount('333333333333')]);
    const dir = outDir();
    const files = await writeSarif(dir, three, { limits: { ...GITHUB_LIMITS, maxRunsPerFile: 2 }, warn: (l) => warnings.push(l) });
    expect(files).toEqual([join(dir, 'annexa-result.sarif'), join(dir, 'annexa-result-2.sarif')]);
    const ids = files.flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as SarifLog).runs.map((r) => r.automationDetails.id));
    expect(ids).toEqual(['annexa/aws/111111111111/', 'annexa/aws/222222222222/', 'annexa/aws/333333333333/']);
    expect(warnings).toEqual([expect.stringMatching(/3 accounts need 2 files .* upload each file on its own/)]);
  });

  it('removes continuation files a larger earlier scan left behind, so they are not uploaded again', async () => {
    const dir = outDir();
    const three = resultOf([otherAccount('111111111111'), otherAccount('222222222222'), otherAccount('333333333333')]);
    await writeSarif(dir, three, { limits: { ...GITHUB_LIMITS, maxRunsPerFile: 1 } });
    expect(readdirSync(dir).sort()).toEqual(['annexa-result-2.sarif', 'annexa-result-3.sarif', 'annexa-result.sarif']);
    await writeSarif(dir, resultOf([otherAccount('111111111111'), otherAccount('222222222222')]), {
      limits: { ...GITHUB_LIMITS, maxRunsPerFile: 1 },
    });
    expect(readdirSync(dir).sort()).toEqual(['annexa-result-2.sarif', 'annexa-result.sarif']);
  });

  it('puts --sarif-category in place of "annexa" and keeps one category per account', async () => {
    const two = resultOf([otherAccount('111111111111'), otherAccount('222222222222')]);
    const [file] = await writeSarif(outDir(), two, { category: 'prod/gate' });
    const ids = (JSON.parse(readFileSync(file!, 'utf8')) as SarifLog).runs.map((r) => r.automationDetails.id);
    expect(ids).toEqual(['prod/gate/aws/111111111111/', 'prod/gate/aws/222222222222/']);
  });

  it('writes the same files whichever order the items come in (one reading per account when not grouped by account)', async () => {
    const three = resultOf([otherAccount('111111111111'), otherAccount('222222222222'), otherAccount('333333333333')]);
    const ordered = (await writeSarif(outDir(), three, { include: ['error'] })).map((f) => readFileSync(f, 'utf8'));
    // Accounts interleaved: the first item of every account, then the second, …
    const groups = new Map<string, EvidenceItem[]>();
    for (const i of three.items) groups.set(i.resource.account, [...(groups.get(i.resource.account) ?? []), i]);
    const byAccount = [...groups.values()];
    const shuffled = byAccount[0]!.flatMap((_, k) => byAccount.map((list) => list[k]).filter((i) => i !== undefined));
    expect(shuffled).toHaveLength(three.items.length);
    expect(shuffled[0]!.resource.account).not.toBe(shuffled[1]!.resource.account);
    const mixed = (await writeSarif(outDir(), { ...three, items: itemsOf(shuffled) }, { include: ['error'] })).map((f) =>
      readFileSync(f, 'utf8'),
    );
    expect(mixed).toEqual(ordered);
  });
});
