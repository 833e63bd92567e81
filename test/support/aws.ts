/**
 * Collector test harness. Two ways to fake AWS:
 * - aws-sdk-client-mock (`mockClient(S3Client)`), which replaces `send`: for pages,
 *   AccessDenied and "each command sent once".
 * - `fakeService`, a middleware in the SDK's deserialize step, inside the SDK's retry
 *   loop: for throttling that the SDK's own retry strategy retries and then succeeds.
 */
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { ApiStats } from '../../src/inventory/api-stats.js';
import { Pools } from '../../src/inventory/pools.js';
import type { Check } from '../../src/model/check.js';
import type { AnyKey } from '../../src/model/keys.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { type AwsClientOptions, AwsClients } from '../../src/providers/aws/clients.js';
import { collectInventory } from '../../src/providers/aws/scan.js';
import { awsError, type FakeHandler } from '../../src/providers/aws/simulator.js';
import { ACCOUNT } from './snapshot.js';

/** A check that needs exactly these keys, to drive the planner in collector tests. */
export function needs(...keys: AnyKey[]): Check {
  return {
    meta: {
      id: 'test.needs',
      title: 't',
      provider: 'aws',
      service: 'test',
      resourceType: 't',
      severity: 'low',
      requires: keys,
      rationale: 't',
      remediation: { text: 't' },
    },
    evaluate: () => [],
  };
}

export interface CollectResult {
  inventory: Snapshot['inventory'];
  stats: ApiStats;
}

/** Collect keys with fake credentials and a near-instant retry backoff. */
export async function collect(
  keys: AnyKey[] | Check[],
  opts: { regions?: string[]; client?: AwsClientOptions } = {},
): Promise<CollectResult> {
  const checks = (keys as (AnyKey | Check)[]).every((k) => 'meta' in k) ? (keys as Check[]) : [needs(...(keys as AnyKey[]))];
  const stats = new ApiStats();
  const clientOptions: AwsClientOptions = {
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
    extraConfig: { retryStrategy: new ConfiguredRetryStrategy(4, 1) },
    ...opts.client,
  };
  const clients = new AwsClients(clientOptions, stats, new Pools());
  const regions = opts.regions ?? ['us-east-1'];
  const inventory = await collectInventory(
    checks,
    { ...clientOptions, account: { id: ACCOUNT, partition: 'aws' }, homeRegion: 'us-east-1', regions },
    stats,
    clients,
  );
  return { inventory, stats };
}

export { awsError, type FakeHandlers, fakeService } from '../../src/providers/aws/simulator.js';

/** A handler that throws `times` throttling errors, then answers. */
export function throttledThen(value: unknown, times = 2, name = 'ThrottlingException'): FakeHandler & { calls: number } {
  const h = Object.assign(
    () => {
      h.calls++;
      if (h.calls <= times) throw awsError(name, 400, 'Rate exceeded');
      return value;
    },
    { calls: 0 },
  );
  return h;
}
