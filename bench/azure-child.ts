/**
 * One Azure benchmark scan in its own process: every Azure check over the synthetic estate
 * (bench/azure-synthetic.ts) through the replay client, the real collectors, pools and retry
 * settings. Prints its figures as one JSON line.
 *   tsx bench/azure-child.ts '<scenario json>'
 */
import { ALL_CHECKS } from '../src/engine/registry.js';
import { AZURE_POOL_LIMITS } from '../src/providers/azure/clients.js';
import { resolveCloud, staticTokenCredential } from '../src/providers/azure/credentials.js';
import { collectAzure } from '../src/providers/azure/scan.js';
import { ARM_BUCKET, type AzureScenario, azureEstate } from './azure-synthetic.js';

const scenario = JSON.parse(process.argv[2]!) as AzureScenario;
const options = { credential: staticTokenCredential('bench-token'), cloud: resolveCloud(undefined), subscriptions: 'all' as const };
// A first scan of one small subscription loads the SDK modules: a one-off CPU cost reported on its own, not network time.
const l0 = performance.now();
await collectAzure(ALL_CHECKS, { ...options, httpClient: azureEstate({ ...scenario, subscriptions: 1, copies: 1, latencyMs: 0 }) });
const sdkLoadS = (performance.now() - l0) / 1000;
const estate = azureEstate(scenario);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const snapshots = await collectAzure(ALL_CHECKS, { ...options, httpClient: estate });
const wallS = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);

let calls = 0;
let attempts = 0;
let throttles = 0;
for (const s of snapshots)
  for (const st of Object.values(s.apiCalls)) {
    calls += st.calls;
    attempts += st.attempts;
    throttles += st.throttles;
  }
const perScope = [...estate.distinct.values()].map((set) => set.size);
const cMin = perScope.reduce((n, x) => n + x, 0);
const latency = scenario.latencyMs / 1000;
const bounds = {
  // Each subscription's bucket: requests beyond the burst at the refill rate.
  rateS: Math.max(0, ...perScope.map((n) => Math.max(0, n - ARM_BUCKET.burst) / ARM_BUCKET.rate)),
  // Discovery, then a listing, then a per-resource read: three answers one after another.
  chainS: 3 * latency,
  concurrencyS: (cMin * latency) / AZURE_POOL_LIMITS.global,
};
const tPhysS = Math.max(bounds.rateS, bounds.chainS, bounds.concurrencyS);
const errors = snapshots.flatMap((s) =>
  Object.entries(s.inventory).flatMap(([k, scopes]) => Object.values(scopes).flatMap((e) => (e.result.ok ? [] : [k]))),
);

console.log(
  JSON.stringify({
    scenario: scenario.name,
    subscriptions: snapshots.length,
    resources: estate.resources.size,
    calls,
    cMin,
    callsRatio: calls / cMin,
    attempts,
    retries: attempts - calls,
    throttles,
    serverThrottles: estate.throttled,
    sdkLoadS,
    wallS,
    cpuS: (cpu.user + cpu.system) / 1e6,
    tPhysS,
    bounds,
    wallRatio: wallS / tPhysS,
    inventoryErrorCount: errors.length,
    inventoryErrors: [...new Set(errors)].slice(0, 5),
  }),
);
