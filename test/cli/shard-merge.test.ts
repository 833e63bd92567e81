import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { describe, expect, it } from 'vitest';
import { demoHandlers } from '../../demo/aws/index.js';
import { evaluateAll } from '../../src/engine/evaluate.js';
import { allMappings } from '../../src/engine/mappings.js';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { ShardPlan } from '../../src/engine/shard.js';
import { controlsByCheck } from '../../src/mapping/coverage.js';
import type { EvidenceItem } from '../../src/model/evidence.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import type { ResultFile } from '../../src/model/result.js';
import { mergeResults } from '../../src/output/merge.js';
import { buildResult } from '../../src/output/result.js';
import { collectAws } from '../../src/providers/aws/scan.js';
import { fakeService } from '../../src/providers/aws/simulator.js';
import { cli, readJson, schemaErrors, tempDir } from '../support/cli.js';
import { fromFile, type TestResult } from '../support/result.js';

const DEMO = ['--snapshot', join(process.cwd(), 'demo', 'demo-snapshot.json'), '--fail-on', 'none', '--allow-incomplete', '-q'];
const withoutClock = (d: TestResult): TestResult => ({ ...d, run: { ...d.run, evaluatedAt: 'x' } });

describe('--shard and annexa merge', () => {
  it('merging N shard outputs equals one unsharded run on the same snapshot', async () => {
    const cwd = tempDir();
    const whole = await cli(['scan', ...DEMO, '--out', 'whole'], { cwd });
    expect(whole.code, whole.stderr).toBe(0);
    const n = 3;
    for (let k = 1; k <= n; k++) {
      const r = await cli(['scan', ...DEMO, '--shard', `${k}/${n}`, '--out', `s${k}`], { cwd });
      expect(r.code, r.stderr).toBe(0);
    }
    const parts = Array.from({ length: n }, (_, i) => fromFile(readJson(join(cwd, `s${i + 1}`, 'annexa-result.json')) as ResultFile));
    expect(
      parts.every((p) => p.items.length < fromFile(readJson(join(cwd, 'whole', 'annexa-result.json')) as ResultFile).items.length),
    ).toBe(true);

    const m = await cli(
      [
        'merge',
        's1/annexa-result.json',
        's2/annexa-result.json',
        's3/annexa-result.json',
        '--out',
        'merged',
        '--fail-on',
        'none',
        '--allow-incomplete',
        '--summary-md',
        'summary.md',
      ],
      { cwd },
    );
    expect(m.code, m.stderr).toBe(0);
    expect(m.stdout).toContain('Merged 3 result(s)');
    // The merged result is reported as a scan is, so a merge job can gate and summarise.
    expect(readFileSync(join(cwd, 'summary.md'), 'utf8')).toMatch(/^## annexa: gate passed/);
    const merged = fromFile(readJson(join(cwd, 'merged', 'annexa-result.json')) as ResultFile);
    expect(schemaErrors(merged)).toEqual([]);
    expect(withoutClock(merged)).toEqual(withoutClock(fromFile(readJson(join(cwd, 'whole', 'annexa-result.json')) as ResultFile)));

    // Each shard says which it is, so a merge missing one (a failed job) is refused, not quietly partial.
    expect(parts.map((p) => p.run.shard)).toEqual([1, 2, 3].map((index) => ({ index, total: n })));
    expect(parts.every((p) => schemaErrors(p).length === 0)).toBe(true);
    const partial = await cli(['merge', 's1/annexa-result.json', 's3/annexa-result.json', '--out', 'partial'], { cwd });
    expect(partial.code).toBe(2);
    expect(partial.stderr).toMatch(/^annexa: merge: shard 2 of 3 missing/);
  });

  it('takes the shard index from a Kubernetes Indexed Job', async () => {
    const r = await cli(['scan', ...DEMO, '--shard', 'auto/2'], { env: { CI: 'true', JOB_COMPLETION_INDEX: '1' } });
    expect(r.code, r.stderr).toBe(0);
    const doc = fromFile(readJson(join(r.cwd, 'annexa-out', 'annexa-result.json')) as ResultFile);
    const plan = new ShardPlan({ index: 2, total: 2 }, ALL_CHECKS);
    expect(doc.items.every((i) => plan.ownsItem(i, plan.accountLevelChecks()))).toBe(true);
  });

  it('rejects a bad shard, and results that are not annexa results, with exit 2', async () => {
    expect((await cli(['scan', ...DEMO, '--shard', '5/4'])).stderr).toMatch(/--shard: shard 5 is outside 1\.\.4/);
    const cwd = tempDir();
    const bad = await cli(['merge', 'nope.json'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/nope\.json: result file not found/);
  });

  // 5 and 7 shards give the account unit to a shard that owns none of the demo's regions, so
  // account-wide findings over regional keys (multi-region trail, Config global types) must still see every region.
  it.each([3, 5, 7])('live shards (%i) collect disjoint work and together give the unsharded evidence', async (n) => {
    const { full, fullItems, merged, calls } = await liveShards({}, n);
    const strip = (i: (typeof fullItems)[number]) => ({
      ...i,
      sources: i.sources.map((s) => ({ ...s, collectedAt: '' })),
      collectedAt: '',
    });
    expect([...merged.items].map(strip)).toEqual(fullItems.map(strip));
    // Each shard repeats STS and region discovery, and the account owner re-reads the regional keys
    // that account-wide checks need; everything else is fetched by exactly one shard.
    const fullCalls = Object.values(full.apiCalls).reduce((x, s) => x + s.calls, 0);
    expect(calls).toBeGreaterThanOrEqual(fullCalls);
    const repeated = 2 * (n - 1); // sts:GetCallerIdentity and ec2:DescribeRegions in every extra shard
    expect(calls - repeated).toBeLessThan(fullCalls * 1.25);
  });

  it('with --regions, buckets elsewhere are left out the same way sharded or not, and noted once', async () => {
    // The demo keeps acme-legacy-exports in ap-southeast-2, which this scan leaves out.
    const { full, fullItems, merged } = await liveShards({ regions: ['eu-west-1', 'us-east-1'] });
    const names = (items: readonly EvidenceItem[]) => items.map((i) => `${i.checkId}|${i.resource.name}|${i.status}`);
    expect(names([...merged.items])).toEqual(names(fullItems));
    expect(fullItems.some((i) => i.resource.name === 'acme-legacy-exports')).toBe(false);
    const note = full.notes.find((n) => n.startsWith('S3: 1 bucket(s) in regions outside this scan'));
    expect(note).toContain('(ap-southeast-2 1)');
    expect(merged.run.notes.filter((n) => n === note)).toHaveLength(1);
  });
});

/** Collect the demo account once whole and once in n live shards; merge the shards' results. */
async function liveShards(extra: { regions?: string[] }, n = 3) {
  const opts = {
    homeRegion: 'us-east-1',
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
    configure: fakeService(demoHandlers()),
    extraConfig: { retryStrategy: new ConfiguredRetryStrategy(3, 1) },
    ...extra,
  };
  const mappings = allMappings();
  const controls = controlsByCheck(mappings);
  const ids = ALL_CHECKS.map((c) => c.meta.id).sort();
  const full = await collectAws(ALL_CHECKS, opts);
  const fullItems = evaluateAll([full], ALL_CHECKS, DEFAULT_PARAMS, controls);

  const docs = [];
  let calls = 0;
  for (let k = 1; k <= n; k++) {
    const plan = new ShardPlan({ index: k, total: n }, ALL_CHECKS);
    const snap = await collectAws(ALL_CHECKS, { ...opts, unitFilter: (a, key, region) => plan.unitFilter('aws', a)(key, region) });
    calls += Object.values(snap.apiCalls).reduce((x, s) => x + s.calls, 0);
    const items = plan.items(evaluateAll([snap], ALL_CHECKS, DEFAULT_PARAMS, controls));
    const view = plan.accountView(snap, 'live');
    docs.push({
      file: `s${k}`,
      doc: buildResult({ snapshots: view ? [view] : [], items, mappings, checkIds: ids, params: DEFAULT_PARAMS, source: 'live' }),
    });
  }
  return { full, fullItems, merged: mergeResults(docs, mappings), calls };
}
