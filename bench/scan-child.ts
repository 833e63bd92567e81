/**
 * One benchmark scan in its own process, so its peak RSS is its own. Scans the synthetic
 * estate with every check selected, the real collectors, default pools, rate buckets and
 * retry settings, optionally saves the snapshot, and prints its figures as one JSON line.
 *   tsx bench/scan-child.ts '<scenario json>' [snapshot-file]
 */
import pLimit from 'p-limit';
import { ALL_CHECKS } from '../src/engine/registry.js';
import { DEFAULT_POOL_LIMITS } from '../src/inventory/pools.js';
import { saveSnapshots } from '../src/inventory/snapshot-file.js';
import type { ApiCallStats } from '../src/model/snapshot.js';
import { DEFAULT_ACCOUNT_CONCURRENCY } from '../src/providers/aws/org.js';
import { DEFAULT_BUCKETS } from '../src/providers/aws/rate.js';
import { collectAws, sharedScheduling } from '../src/providers/aws/scan.js';
import { fakeService } from '../src/providers/aws/simulator.js';
import {
  accountHandlers,
  accountId,
  callDiffs,
  FakeAws,
  HOME,
  minimumCalls,
  rateBoundSeconds,
  regionsOf,
  resourceCount,
  type Scenario,
} from './synthetic.js';

const scenario = JSON.parse(process.argv[2]!) as Scenario;
const snapshotFile = process.argv[3];
const fake = new FakeAws(scenario);
const shared = sharedScheduling({});
const accounts = Array.from({ length: scenario.accounts }, (_, i) => accountId(i));

// Load the SDK clients first: a one-off CPU cost reported on its own, not network time.
const l0 = performance.now();
await Promise.all([
  import('@aws-sdk/client-accessanalyzer'),
  import('@aws-sdk/client-account'),
  import('@aws-sdk/client-cloudtrail'),
  import('@aws-sdk/client-cloudwatch'),
  import('@aws-sdk/client-cloudwatch-logs'),
  import('@aws-sdk/client-config-service'),
  import('@aws-sdk/client-ec2'),
  import('@aws-sdk/client-guardduty'),
  import('@aws-sdk/client-iam'),
  import('@aws-sdk/client-kms'),
  import('@aws-sdk/client-macie2'),
  import('@aws-sdk/client-organizations'),
  import('@aws-sdk/client-s3'),
  import('@aws-sdk/client-s3-control'),
  import('@aws-sdk/client-securityhub'),
  import('@aws-sdk/client-sns'),
  import('@aws-sdk/client-sts'),
]);
const sdkLoadS = (performance.now() - l0) / 1000;
// BENCH_HEAP_SNAPSHOT=<dir>: heap snapshots after the SDK load and after the scan, to see what the scan itself holds.
const heapDir = process.env.BENCH_HEAP_SNAPSHOT;
if (heapDir) (await import('node:v8')).writeHeapSnapshot(`${heapDir}/before.heapsnapshot`);

// Peak of each part of memory, sampled: tells heap (data held) from RSS (what the OS sees).
const peak = { rss: 0, heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0, atS: 0 };
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  if (m.rss / 1048576 > peak.rss) peak.atS = (performance.now() - t0) / 1000;
  for (const k of ['rss', 'heapUsed', 'heapTotal', 'external', 'arrayBuffers'] as const) peak[k] = Math.max(peak[k], m[k] / 1048576);
  // BENCH_MEM_TRACE=1: the memory timeline on stderr, to see which phase of the scan the peak belongs to.
  if (process.env.BENCH_MEM_TRACE) {
    const mb = (n: number): string => (n / 1048576).toFixed(0);
    process.stderr.write(
      `mem t=${((performance.now() - t0) / 1000).toFixed(1)}s rss=${mb(m.rss)} heapUsed=${mb(m.heapUsed)} heapTotal=${mb(m.heapTotal)} ext=${mb(m.external)} ab=${mb(m.arrayBuffers)}\n`,
    );
  }
}, 250);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const limit = pLimit(DEFAULT_ACCOUNT_CONCURRENCY);
const snapshots = await Promise.all(
  accounts.map((account) =>
    limit(() =>
      collectAws(ALL_CHECKS, {
        credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' },
        homeRegion: HOME,
        regions: regionsOf(scenario),
        configure: fakeService(accountHandlers(scenario, fake, account)),
        shared,
      }),
    ),
  ),
);
const wallMs = performance.now() - t0;
if (heapDir) (await import('node:v8')).writeHeapSnapshot(`${heapDir}/after.heapsnapshot`);
const cpu = process.cpuUsage(cpu0);
if (snapshotFile) saveSnapshots(snapshotFile, snapshots);
const savedMs = performance.now() - t0;
clearInterval(sampler);
const peakRssMB = process.resourceUsage().maxRSS / 1024;
// With --expose-gc, measured after the peak: what the snapshots really hold once garbage is gone.
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapAfterGcMB = gc ? Math.round(process.memoryUsage().heapUsed / 1048576) : undefined;

const total: ApiCallStats = { calls: 0, attempts: 0, throttles: 0, errors: 0, retryDelayMs: 0, rateWaitMs: 0 };
const byApi = new Map<string, number>();
for (const s of snapshots) {
  for (const [api, st] of Object.entries(s.apiCalls)) {
    for (const k of Object.keys(total) as (keyof ApiCallStats)[]) total[k] += st[k];
    byApi.set(api, (byApi.get(api) ?? 0) + st.calls);
  }
}
const min = minimumCalls(scenario);
const cMin = min.calls.reduce((n, c) => n + c.count, 0) * scenario.accounts;
const apiDiffs = callDiffs(byApi, min, scenario.accounts);

const latency = scenario.latencyMs / 1000;
const bounds = {
  // The physical rate is the server's: the documented limits, or less where the scenario says AWS allows less.
  rateS: rateBoundSeconds(
    min,
    scenario.accounts,
    Object.fromEntries(
      Object.entries(DEFAULT_BUCKETS).map(([k, b]) => [
        k,
        {
          rate: b.rate * Math.min(1, scenario.serverLimitFactor),
          burst: Math.max(1, b.burst * Math.min(1, scenario.serverLimitFactor)),
        },
      ]),
    ),
  ),
  chainS: min.chain * latency,
  concurrencyS: (cMin * latency) / DEFAULT_POOL_LIMITS.global,
};
const tPhysS = Math.max(bounds.rateS, bounds.chainS, bounds.concurrencyS);
const errors = snapshots.flatMap((s) =>
  Object.entries(s.inventory).flatMap(([k, scopes]) =>
    Object.entries(scopes)
      .filter(([, e]) => !e.result.ok)
      .map(([scope, e]) => `${k}@${scope}: ${JSON.stringify((e.result as { error: unknown }).error)}`),
  ),
);

console.log(
  JSON.stringify({
    scenario: scenario.name,
    resources: resourceCount(scenario),
    calls: total.calls,
    cMin,
    callsRatio: total.calls / cMin,
    apiDiffs,
    attempts: total.attempts,
    retries: total.attempts - total.calls,
    throttles: total.throttles,
    serverThrottles: fake.throttled,
    retryDelayMs: total.retryDelayMs,
    rateWaitMs: Math.round(total.rateWaitMs),
    sdkLoadS,
    wallS: wallMs / 1000,
    // CPU the scan itself used: when this nears the wall time, the scan was CPU-bound, not waiting on AWS.
    cpuS: (cpu.user + cpu.system) / 1e6,
    withSnapshotSaveS: savedMs / 1000,
    tPhysS,
    bounds,
    wallRatio: wallMs / 1000 / tPhysS,
    peakRssMB,
    nodeFlags: process.execArgv.filter((a) => a.startsWith('--max') || a === '--expose-gc'),
    heapAfterGcMB,
    sampledPeakMB: Object.fromEntries(Object.entries(peak).map(([k, v]) => [k, Math.round(v * 10) / 10])),
    inventoryErrors: errors.slice(0, 5),
    inventoryErrorCount: errors.length,
  }),
);
