import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { EC2_SNAPSHOTS } from '../compute-state.js';
import { ec2EbsSnapshotNotPublic as check } from './aws.ec2.ebs-snapshot-not-public.js';
import { R } from './compute.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'a compliant resource passes',
      snapshot: snapshot().regional(EC2_SNAPSHOTS, R, [{ name: 'snap-1', arn: 'arn:aws:ec2:us-east-1::snapshot/snap-1', public: false }]),
      expected: [['pass', 'private']],
    },
    {
      name: 'a non-compliant resource fails',
      snapshot: snapshot().regional(EC2_SNAPSHOTS, R, [{ name: 'snap-2', arn: 'arn:aws:ec2:us-east-1::snapshot/snap-2', public: true }]),
      expected: [['fail', 'public']],
    },

    {
      name: 'a denied listing is an error',
      snapshot: snapshot().regional(EC2_SNAPSHOTS, R, denied()),
      expected: [['error', 'error.denied']],
    },
  ],
};
