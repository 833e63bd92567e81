import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/engine/evaluate.js';
import { allMappings } from '../../src/engine/mappings.js';
import { ALL_CHECKS } from '../../src/engine/registry.js';
import { parseShard, readsEveryRegion, ShardPlan, unitOwner } from '../../src/engine/shard.js';
import { loadSnapshots } from '../../src/inventory/snapshot-file.js';
import { controlsByCheck } from '../../src/mapping/coverage.js';
import { DEFAULT_PARAMS } from '../../src/model/params.js';

import { fromRoot } from '../../src/paths.js';

describe('parseShard', () => {
  it.each([
    ['1/1', {}, { index: 1, total: 1 }],
    ['3/4', {}, { index: 3, total: 4 }],
    ['auto/4', { JOB_COMPLETION_INDEX: '0' }, { index: 1, total: 4 }],
    ['auto/4', { AWS_BATCH_JOB_ARRAY_INDEX: '3' }, { index: 4, total: 4 }],
    ['auto/2', { ANNEXA_SHARD_INDEX: '1', JOB_COMPLETION_INDEX: '0' }, { index: 2, total: 2 }],
  ])('reads %s with %o', (v, env, want) => {
    expect(parseShard(v, env)).toEqual(want);
  });

  it.each([
    ['2', {}, /not K\/N/],
    ['0/3', {}, /outside 1\.\.3/],
    ['4/3', {}, /outside 1\.\.3/],
    ['a/3', {}, /shard index "a"/],
    ['1/0', {}, /at least 1/],
    ['auto/3', {}, /auto needs one of ANNEXA_SHARD_INDEX/],
    ['auto/3', { JOB_COMPLETION_INDEX: '3' }, /outside 1\.\.3/],
    ['auto/3', { JOB_COMPLETION_INDEX: 'x' }, /JOB_COMPLETION_INDEX: job index "x"/],
  ])('rejects %s with a message naming the flag or variable', (v, env, pattern) => {
    expect(() => parseShard(v, env)).toThrow(pattern);
  });
});

describe('ShardPlan', () => {
  const snapshots = loadSnapshots(fromRoot('demo', 'demo-snapshot.json'));
  const items = evaluateAll(snapshots, ALL_CHECKS, DEFAULT_PARAMS, controlsByCheck(allMappings()));

  it.each([1, 2, 3, 5, 8])('gives every item to exactly one of %i shards', (n) => {
    const owners = new Map<string, number>();
    for (let k = 1; k <= n; k++) {
      for (const i of new ShardPlan({ index: k, total: n }, ALL_CHECKS).items(items)) owners.set(i.id, (owners.get(i.id) ?? 0) + 1);
    }
    expect(owners.size).toBe(items.length);
    expect([...owners.values()].every((c) => c === 1)).toBe(true);
  });

  // A live shard holds only its own regions, so an account-wide finding from a check reading
  // regional keys would be judged on part of the account unless the check says it looks across regions.
  it('declares acrossRegions on every regional check that gives an account-wide finding', () => {
    const byId = new Map(ALL_CHECKS.map((c) => [c.meta.id, c]));
    const undeclared = items
      .filter((i) => i.resource.provider === 'aws' && i.resource.region === 'global' && !i.resource.id.startsWith('check:'))
      .map((i) => byId.get(i.checkId)!)
      .filter((c) => !readsEveryRegion(c))
      .map((c) => c.meta.id);
    expect([...new Set(undeclared)]).toEqual([]);
    expect(items.some((i) => i.checkId === 'aws.config.recorder-enabled' && i.resource.region === 'global')).toBe(true);
  });

  it('has the account owner collect every region of the keys behind an account-wide finding', () => {
    const trails = { id: 'aws.cloudtrail.trails', scope: 'regional' as const };
    const n = 5;
    for (const r of ['eu-west-1', 'us-east-1', 'ap-southeast-2']) {
      const owners = [1, 2, 3, 4, 5]
        .map((k) => new ShardPlan({ index: k, total: n }, ALL_CHECKS))
        .filter((p) => p.unitFilter('aws', '123456789012')(trails, r));
      expect(owners.some((p) => p.ownsAccountUnit('aws', '123456789012'))).toBe(true);
    }
  });

  it('spreads units over shards deterministically', () => {
    const regions = Array.from({ length: 40 }, (_, i) => `r${i}`);
    const counts = [0, 0, 0, 0];
    for (const r of regions) counts[unitOwner('aws', '123456789012', r, 4) - 1]!++;
    expect(counts.every((c) => c > 0)).toBe(true);
    expect(unitOwner('aws', '123456789012', 'r7', 4)).toBe(unitOwner('aws', '123456789012', 'r7', 4));
  });

  it('collects account-wide keys only in the account owner, and regional keys in their region owner', () => {
    const n = 3;
    const plans = [1, 2, 3].map((k) => new ShardPlan({ index: k, total: n }, ALL_CHECKS));
    const iam = { id: 'aws.iam.authDetails', scope: 'global' as const };
    const sg = { id: 'aws.ec2.securityGroups', scope: 'regional' as const };
    expect(plans.filter((p) => p.unitFilter('aws', '123456789012')(iam, 'us-east-1'))).toHaveLength(1);
    for (const r of ['eu-west-1', 'us-east-1', 'ap-southeast-2']) {
      expect(plans.filter((p) => p.unitFilter('aws', '123456789012')(sg, r))).toHaveLength(1);
    }
  });
});
