import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { ACCT, deniedKey, R } from '../../cases.fixtures.js';
import { RDS_SNAPSHOT_RESTORE, RDS_SNAPSHOTS, type RdsSnapshot } from '../state.js';
import { rdsSnapshotNotPublic as check } from './aws.rds.snapshot-not-public.js';

const snap = (name: string, kind: RdsSnapshot['kind'] = 'instance'): RdsSnapshot => ({
  arn: `arn:aws:rds:${R}:${ACCT}:${kind === 'instance' ? 'snapshot' : 'cluster-snapshot'}:${name}`,
  name,
  kind,
  source: 'db1',
});
const a = snap('a');
const c = snap('c', 'cluster');
const with_ = (restore: Record<string, ReturnType<typeof denied> | { ok: true; value: readonly string[] }>) =>
  snapshot().regional(RDS_SNAPSHOTS, R, [a, c]).regional(RDS_SNAPSHOT_RESTORE, R, restore);

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'private and account-shared snapshots pass',
      snapshot: with_({ [a.arn]: { ok: true, value: [] }, [c.arn]: { ok: true, value: ['444455556666'] } }),
      expected: [
        ['pass', 'not-public'],
        ['pass', 'not-public'],
      ],
    },
    {
      name: 'a public cluster snapshot fails',
      snapshot: with_({ [a.arn]: { ok: true, value: [] }, [c.arn]: { ok: true, value: ['all'] } }),
      expected: [
        ['pass', 'not-public'],
        ['fail', 'public'],
      ],
    },
    {
      name: 'unreadable attributes are an error for that snapshot',
      snapshot: with_({ [a.arn]: denied('rds:DescribeDBSnapshotAttributes'), [c.arn]: { ok: true, value: ['all'] } }),
      expected: [
        ['error', 'error.denied'],
        ['fail', 'public'],
      ],
    },
    {
      name: 'denied listing is an error',
      snapshot: deniedKey(RDS_SNAPSHOTS, 'rds:DescribeDBSnapshots'),
      expected: [['error', 'error.denied']],
    },
  ],
};
