import { describe, expect, it } from 'vitest';
import { type Baseline, compareWithBaseline } from '../../src/gating/baseline.js';
import { evidenceItem } from '../support/evidence.js';

const SCOPE = { checks: ['aws.s3.bucket-versioning-enabled'], accounts: ['111122223333'] };

function baseline(entries: [string, { checkId?: string; account?: string; waived?: boolean }][]): Baseline {
  return {
    file: 'prev.json',
    evaluatedAt: '2026-11-26T00:00:00.000Z',
    failing: new Map(
      entries.map(([id, e]) => [
        id,
        { checkId: e.checkId ?? 'aws.s3.bucket-versioning-enabled', account: e.account ?? '111122223333', waived: e.waived ?? false },
      ]),
    ),
  };
}

describe('compareWithBaseline', () => {
  it('classifies by evidence id: new, unchanged, resolved, unverified', () => {
    const still = evidenceItem({ status: 'fail' });
    const added = evidenceItem({ status: 'fail' });
    const fixed = evidenceItem({ status: 'pass' });
    const unreadable = evidenceItem({ status: 'error' });
    const gone = 'f'.repeat(32);
    const r = compareWithBaseline(
      [still, added, fixed, unreadable],
      SCOPE,
      baseline([
        [still.id, {}],
        [fixed.id, {}],
        [unreadable.id, {}],
        [gone, {}],
      ]),
    );
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
    const r = compareWithBaseline(
      [],
      SCOPE,
      baseline([
        ['a'.repeat(32), { checkId: 'aws.iam.root-mfa-enabled' }],
        ['b'.repeat(32), { account: '999999999999' }],
      ]),
    );
    expect(r).toMatchObject({ new: 0, unchanged: 0, resolved: 0, unverified: 0 });
  });

  it('counts failures in an account the baseline never saw as new, so adding an account cannot bypass the gate', () => {
    const known = evidenceItem({ status: 'fail' });
    const other = evidenceItem({ status: 'fail', resource: { ...known.resource, account: '444455556666', id: 'other-bucket' } });
    const r = compareWithBaseline([known, other], { ...SCOPE, accounts: ['111122223333', '444455556666'] }, baseline([[known.id, {}]]));
    expect(r).toMatchObject({ new: 1, unchanged: 1, newItems: [other.id] });
  });

  it('counts a failure that was waived in the baseline and is no longer waived as new', () => {
    const lapsed = evidenceItem({ status: 'fail' });
    const stillWaived = evidenceItem({
      status: 'fail',
      resource: { ...lapsed.resource, id: 'b2' },
      waiver: { check: '*', resource: '*', reason: 'r', owner: 'o', expires: '2027-01-01' },
    });
    const waivedSince = evidenceItem({
      status: 'fail',
      resource: { ...lapsed.resource, id: 'b3' },
      waiver: { check: '*', resource: '*', reason: 'r', owner: 'o', expires: '2027-01-01' },
    });
    const r = compareWithBaseline(
      [lapsed, stillWaived, waivedSince],
      SCOPE,
      baseline([
        [lapsed.id, { waived: true }],
        [stillWaived.id, { waived: true }],
        [waivedSince.id, {}],
      ]),
    );
    expect(r).toMatchObject({ new: 1, unchanged: 2, newItems: [lapsed.id] });
  });
});
