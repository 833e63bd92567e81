import { readFileSync } from 'node:fs';
import { evaluateAll } from '../../src/engine/evaluate.js';
import { allMappings } from '../../src/engine/mappings.js';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { controlsByCheck } from '../../src/mapping/coverage.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { buildResult } from '../../src/output/result.js';
import { fromRoot } from '../../src/paths.js';
import { asTest, type TestResult } from '../support/result.js';

export const DEMO_FILE = fromRoot('demo', 'demo-snapshot.json');
const mappings = allMappings();
const AT = '2026-11-27T00:00:00.000Z';

/** Every snapshot in the demo file (one today; an Azure subscription may join it). */
export function demoSnapshots(): Snapshot[] {
  const raw = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as Snapshot | { snapshots: Snapshot[] };
  return 'snapshots' in raw ? raw.snapshots : [raw];
}

/** The demo's first AWS account under another id, for multi-account runs. */
export function otherAccount(id: string): Snapshot {
  const aws = demoSnapshots().find((s) => s.provider === 'aws')!;
  return { ...structuredClone(aws), account: { id, partition: 'aws' } };
}

export function resultOf(snapshots: Snapshot[]): TestResult {
  const checkIds = ALL_CHECKS.filter((c) => snapshots.some((s) => s.provider === c.meta.provider))
    .map((c) => c.meta.id)
    .sort();
  const items = evaluateAll(snapshots, ALL_CHECKS, DEFAULT_PARAMS, controlsByCheck(mappings));
  return asTest(buildResult({ snapshots, items, mappings, checkIds, params: DEFAULT_PARAMS, source: 'snapshot', evaluatedAt: AT }));
}
