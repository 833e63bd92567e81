import { writeFileSync } from 'node:fs';
import { evaluateAll } from '../../src/engine/evaluate.js';
import { allMappings } from '../../src/engine/mappings.js';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { loadSnapshots } from '../../src/inventory/snapshot-file.js';
import { controlsByCheck } from '../../src/mapping/coverage.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { buildResult } from '../../src/output/result.js';
import { fromRoot } from '../../src/paths.js';
import { asTest, type TestResult } from '../support/result.js';

export const DEMO_FILE = fromRoot('demo', 'demo-snapshot.json');

/** A private copy of the demo AWS account snapshot, safe to modify. */
export function demoSnapshot(): Snapshot {
  return structuredClone(loadSnapshots(DEMO_FILE).find((s) => s.provider === 'aws')!);
}

type Inventory = Snapshot['inventory'];
function value<T>(inv: Inventory, key: string, scope: string): T {
  const r = inv[key]![scope]!.result;
  if (!r.ok) throw new Error(`${key}@${scope} is not ok in the demo`);
  return r.value as T;
}

/**
 * The demo a day later: EBS default encryption switched on in eu-west-1 (fail → pass),
 * one KMS key's rotation switched off (pass → fail), a bucket deleted (its items resolve)
 * and an unencrypted volume created (a new failing item).
 */
export function modifiedDemo(): Snapshot {
  const s = demoSnapshot();
  s.finishedAt = new Date(Date.parse(s.finishedAt) + 86_400_000).toISOString();
  value<{ enabled: boolean }>(s.inventory, 'aws.ec2.ebsEncryptionByDefault', 'eu-west-1').enabled = true;
  const rotation = value<Record<string, { ok: boolean; value: { enabled: boolean } }>>(s.inventory, 'aws.kms.keyRotation', 'eu-west-1');
  rotation['0a1b2c3d-3333-4444-8888-000000000003']!.value.enabled = false;
  const buckets = value<{ name: string }[]>(s.inventory, 'aws.s3.buckets', 'global');
  buckets.splice(
    buckets.findIndex((b) => b.name === 'acme-legacy-exports'),
    1,
  );
  const volumes = value<Record<string, unknown>[]>(s.inventory, 'aws.ec2.volumes', 'us-east-1');
  volumes.push({
    ...volumes[0]!,
    id: 'vol-0new0000000000001',
    arn: 'arn:aws:ec2:us-east-1:123456789012:volume/vol-0new0000000000001',
    encrypted: false,
    // An unencrypted volume has no key: the collector leaves the field out (JSON drops undefined).
    kmsKeyId: undefined,
  });
  return s;
}

export function writeSnapshot(file: string, s: Snapshot): string {
  writeFileSync(file, JSON.stringify(s));
  return file;
}

/** Evaluate snapshots the way `annexa scan` does, without the CLI. */
export function resultOf(snapshots: Snapshot[], evaluatedAt = new Date().toISOString()): TestResult {
  const mappings = allMappings();
  return asTest(
    buildResult({
      snapshots,
      items: evaluateAll(snapshots, ALL_CHECKS, DEFAULT_PARAMS, controlsByCheck(mappings)),
      mappings,
      checkIds: ALL_CHECKS.map((c) => c.meta.id).sort(),
      params: DEFAULT_PARAMS,
      source: 'snapshot',
      evaluatedAt,
    }),
  );
}
