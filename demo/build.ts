/**
 * Builds the demo snapshot by running the real collectors against the simulator, so the
 * demo has exactly the shape a live scan produces. Timestamps are pinned to DEMO_NOW.
 *   npx tsx demo/build.ts            writes demo/demo-snapshot.json
 */
import { writeFileSync } from 'node:fs';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { ALL_CHECKS } from '../src/engine/registry.js';
import type { Snapshot } from '../src/inventory/snapshot.js';
import { fromRoot } from '../src/paths.js';
import { collectAws } from '../src/providers/aws/scan.js';
import { fakeService } from '../src/providers/aws/simulator.js';
import { DEMO_NOW } from './aws/clock.js';
import { demoHandlers } from './aws/index.js';

export async function buildDemoSnapshot(): Promise<Snapshot> {
  const snap = await collectAws(ALL_CHECKS, {
    homeRegion: 'us-east-1',
    credentials: { accessKeyId: 'AKIDDEMO', secretAccessKey: 'demo' },
    configure: fakeService(demoHandlers()),
    // Throttling in the demo is retried for real, just without the waiting.
    extraConfig: { retryStrategy: new ConfiguredRetryStrategy(3, 1) },
  });
  const at = DEMO_NOW.toISOString();
  const started = new Date(DEMO_NOW.getTime() - 42_000).toISOString();
  for (const scopes of Object.values(snap.inventory)) for (const e of Object.values(scopes)) e.collectedAt = at;
  for (const s of Object.values(snap.apiCalls)) s.retryDelayMs = 0;
  return { ...snap, startedAt: started, finishedAt: at };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const snap = await buildDemoSnapshot();
  const file = fromRoot('demo', 'demo-snapshot.json');
  writeFileSync(file, JSON.stringify(snap, null, 1) + '\n');
  console.log(`wrote ${file}`);
}
