/**
 * Builds the demo snapshot set by running the real collectors against stand-ins: the AWS
 * simulator with `demo/aws/*` handlers, and the real Azure SDK clients over a replay
 * HttpClient with `demo/azure/*` routes. So the demo has exactly the shape a live scan
 * produces. Timestamps are pinned to DEMO_NOW.
 *   npx tsx demo/build.ts            writes demo/demo-snapshot.json
 */
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { ALL_CHECKS } from '../src/engine/registry.js';
import { saveSnapshots } from '../src/inventory/snapshot-file.js';
import type { Snapshot } from '../src/model/snapshot.js';
import { fromRoot } from '../src/paths.js';
import { collectAws } from '../src/providers/aws/scan.js';
import { fakeService } from '../src/providers/aws/simulator.js';
import { resolveCloud, staticTokenCredential } from '../src/providers/azure/credentials.js';
import { replayClient } from '../src/providers/azure/replay.js';
import { collectAzure } from '../src/providers/azure/scan.js';
import { DEMO_NOW } from './aws/clock.js';
import { demoHandlers } from './aws/index.js';
import { demoAzureRoutes } from './azure/index.js';

/** Collection times and retry waits vary run to run; the committed demo must not. */
function pinned(snap: Snapshot, tookMs: number): Snapshot {
  const at = DEMO_NOW.toISOString();
  for (const scopes of Object.values(snap.inventory)) for (const e of Object.values(scopes)) e.collectedAt = at;
  for (const s of Object.values(snap.apiCalls)) s.retryDelayMs = 0;
  return { ...snap, startedAt: new Date(DEMO_NOW.getTime() - tookMs).toISOString(), finishedAt: at };
}

async function buildAws(): Promise<Snapshot> {
  const snap = await collectAws(ALL_CHECKS, {
    homeRegion: 'us-east-1',
    credentials: { accessKeyId: 'AKIDDEMO', secretAccessKey: 'demo' },
    configure: fakeService(demoHandlers()),
    // Throttling in the demo is retried for real, just without the waiting.
    extraConfig: { retryStrategy: new ConfiguredRetryStrategy(3, 1) },
  });
  return pinned(snap, 42_000);
}

async function buildAzure(): Promise<Snapshot[]> {
  const snaps = await collectAzure(ALL_CHECKS, {
    credential: staticTokenCredential('demo-token'),
    cloud: resolveCloud(undefined),
    httpClient: replayClient(demoAzureRoutes()),
    subscriptions: 'all',
    retryOptions: { retryDelayInMs: 1, maxRetryDelayInMs: 1 },
  });
  return snaps.map((s) => pinned(s, 17_000));
}

/** The AWS account, then the Azure subscription. */
export async function buildDemoSnapshots(): Promise<Snapshot[]> {
  return [await buildAws(), ...(await buildAzure())];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = fromRoot('demo', 'demo-snapshot.json');
  saveSnapshots(file, await buildDemoSnapshots());
  console.log(`wrote ${file}`);
}
