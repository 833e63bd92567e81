import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { EC2_VOLUMES } from '../state.js';
import { ec2EbsVolumeEncrypted as check } from './aws.ec2.ebs-volume-encrypted.js';
import { volume } from './builders.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'encrypted passes',
      snapshot: snapshot().regional(EC2_VOLUMES, 'us-east-1', [volume('vol-1', true)]),
      expected: [['pass', 'volume-encrypted']],
    },
    {
      name: 'unencrypted fails',
      snapshot: snapshot().regional(EC2_VOLUMES, 'us-east-1', [volume('vol-1', false)]),
      expected: [['fail', 'volume-unencrypted']],
    },
    {
      name: 'denied volume list is an error',
      snapshot: snapshot().regional(EC2_VOLUMES, 'us-east-1', denied('ec2:DescribeVolumes')),
      expected: [['error', 'error.denied']],
    },
    { name: 'no volumes gives no findings', snapshot: snapshot().regional(EC2_VOLUMES, 'us-east-1', []), expected: [] },
  ],
};
