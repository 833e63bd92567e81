import { type CheckCases, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { CLOUDTRAIL_TRAILS } from '../state.js';
import { cloudTrailTrailKmsEncrypted as check } from './aws.cloudtrail.trail-kms-encrypted.js';
import { trail } from './builders.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'KMS key set passes',
      snapshot: snapshot().regional(CLOUDTRAIL_TRAILS, 'us-east-1', [trail('t')]),
      expected: [['pass', 'kms-encrypted']],
    },
    {
      name: 'no KMS key fails',
      snapshot: snapshot().regional(CLOUDTRAIL_TRAILS, 'us-east-1', [trail('t', { kmsKeyId: undefined })]),
      expected: [['fail', 'not-kms-encrypted']],
    },
    {
      name: 'throttled trail list is an error',
      snapshot: snapshot().regional(CLOUDTRAIL_TRAILS, 'us-east-1', throttled('cloudtrail:DescribeTrails')),
      expected: [['error', 'error.throttled']],
    },
    { name: 'key missing from snapshot is an error', snapshot: snapshot(), expected: [['error', 'error.unknown']] },
  ],
};
