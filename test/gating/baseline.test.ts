import { describe, expect, it } from 'vitest';
import { compareWithBaseline, type Baseline } from '../../src/gating/baseline.js';
import { evidenceItem } from '../support/evidence.js';

const SCOPE = { checks: ['aws.s3.bucket-versioning-enabled'], accounts: ['111122223333'] };

function baseline(entries: [string, { checkId?: string; account?: string }][]): Baseline {
  return {
    file: 'prev.json',
    evaluatedAt: '2026-11-26T00:00:00.000Z',
    failing: new Map(entries.map(([id, e]) => [id, { checkId: e.checkId ?? 'aws.s3.bucket-versioning-enabled', account: e.account ?? '111122223333' }])),
  };
}

describe('compareWithBaseline', () => {
  it('classifies by evidence id: new, unchanged, resolved, unverified', () => {
    const still = evidenceItem({ status: 'fail' });
    const added = evidenceItem({ status: 'fail' });
    const fixed = evidenceItem({ status: 'pass' });
    const unreadable = evidenceItem({ status: 'error' });
    const gone = 'f'.repeat(32);
    const r = compareWithBaseline([still, added, fixed, unreadable], SCOPE, baseline([[still.id, {}], [fixed.id, {}], [unreadable.id, {}], [gone, {}]]));
    expect(r).toEqual({
      file: 'prev.json',
      evaluatedAt: '2026-11-26T00:00:00.000Z',
      new: 1,
      unchanged: 1,
      resolved: 2,
      unverified: 1,
      newItems: [added.id],
      resolvedItems: [fixed.id, gone].sort(),
    });
  });

  it('does not call a baseline failure resolved when this run left out its check or account', () => {
    const r = compareWithBaseline([], SCOPE, baseline([['a'.repeat(32), { checkId: 'aws.iam.root-mfa-enabled' }], ['b'.repeat(32), { account: '999999999999' }]]));
    expect(r).toMatchObject({ new: 0, unchanged: 0, resolved: 0, unverified: 0 });
  });
});
