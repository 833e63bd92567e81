import { join } from 'node:path';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { describe, expect, it } from 'vitest';
import { demoHandlers } from '../../demo/aws/index.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { allMappings } from '../../src/engine/mappings.js';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { loadSnapshot, saveSnapshot } from '../../src/inventory/snapshot-file.js';
import { controlsByCheck } from '../../src/mapping/coverage.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';

import { AWS_COLLECTORS } from '../../src/providers/aws/collectors.js';
import { requiredActions } from '../../src/providers/aws/least-privilege.js';
import { collectAws } from '../../src/providers/aws/scan.js';
import { type FakeHandlers, fakeService } from '../../src/providers/aws/simulator.js';
import { tempDir } from '../support/cli.js';

const controls = controlsByCheck(allMappings());

async function collectDemo(handlers: FakeHandlers = demoHandlers()) {
  return collectAws(ALL_CHECKS, {
    homeRegion: 'us-east-1',
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
    configure: fakeService(handlers),
    extraConfig: { retryStrategy: new ConfiguredRetryStrategy(3, 1) },
  });
}

describe('collect → save → load → evaluate', () => {
  it('gives identical evidence from the live snapshot and the reloaded file', async () => {
    const live = await collectDemo();
    const first = evaluate(live, ALL_CHECKS, DEFAULT_PARAMS, controls);
    const file = join(tempDir('annexa-rt-'), 'snap.json');
    saveSnapshot(file, live);
    const again = evaluate(loadSnapshot(file), ALL_CHECKS, DEFAULT_PARAMS, controls);
    expect(again).toEqual(first);
    const statuses = new Set(first.map((i) => i.status));
    for (const s of ['pass', 'fail', 'error']) expect(statuses).toContain(s);
  });

  it('sends each distinct request once per account, region and parameters', async () => {
    const seen = new Map<string, number>();
    const handlers = Object.fromEntries(
      Object.entries(demoHandlers()).map(([op, h]) => [
        op,
        async (input: Record<string, unknown>, region: string, service: Parameters<typeof h>[2]) => {
          const out = await h(input, region, service); // throws for denied/throttled: not counted
          const key = `${op}@${region} ${JSON.stringify(input)}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
          return out;
        },
      ]),
    ) as FakeHandlers;
    await collectDemo(handlers);
    const repeated = [...seen.entries()].filter(([, n]) => n > 1);
    expect(repeated).toEqual([]);
    expect(seen.size).toBeGreaterThan(20);
  });

  it('declares every API it calls, so the generated IAM policy is complete', async () => {
    const called = new Set<string>();
    const handlers = Object.fromEntries(
      Object.entries(demoHandlers()).map(([op, h]) => [
        op,
        (i: Record<string, unknown>, r: string, s: Parameters<typeof h>[2]) => {
          called.add(op);
          return h(i, r, s);
        },
      ]),
    ) as FakeHandlers;
    await collectDemo(handlers);
    const declared = new Set(['sts:GetCallerIdentity', 'ec2:DescribeRegions', ...AWS_COLLECTORS.flatMap((c) => c.apis.map((a) => a.api))]);
    // Simulator names are `<client>:<Operation>`; declared names use the API prefix.
    const asApi = (op: string): string => op.replace(/^accessanalyzer:/, 'access-analyzer:');
    expect([...called].map(asApi).filter((a) => !declared.has(a))).toEqual([]);
    const actions = new Set(requiredActions());
    for (const c of AWS_COLLECTORS) for (const a of c.apis) for (const action of a.actions) expect(actions).toContain(action);
  });

  it('only calls the APIs the selected checks need', async () => {
    const called = new Set<string>();
    const handlers = Object.fromEntries(
      Object.entries(demoHandlers()).map(([op, h]) => [
        op,
        (i: Record<string, unknown>, r: string, s: Parameters<typeof h>[2]) => {
          called.add(op);
          return h(i, r, s);
        },
      ]),
    ) as FakeHandlers;
    const versioning = ALL_CHECKS.filter((c) => c.meta.id === 'aws.s3.bucket-versioning-enabled');
    await collectAws(versioning, {
      homeRegion: 'us-east-1',
      regions: ['us-east-1'],
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
      configure: fakeService(handlers),
    });
    expect([...called].sort()).toEqual(['s3:GetBucketVersioning', 's3:ListBuckets', 'sts:GetCallerIdentity']);
  });
});
