import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { EC2_EBS_ENCRYPTION_BY_DEFAULT } from '../state.js';
import { ec2EbsDefaultEncryptionEnabled as check } from './aws.ec2.ebs-default-encryption-enabled.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'enabled passes',
      snapshot: snapshot().regional(EC2_EBS_ENCRYPTION_BY_DEFAULT, 'us-east-1', { enabled: true }),
      expected: [['pass', 'ebs-default-encryption-on']],
    },
    {
      name: 'disabled fails',
      snapshot: snapshot().regional(EC2_EBS_ENCRYPTION_BY_DEFAULT, 'us-east-1', { enabled: false }),
      expected: [['fail', 'ebs-default-encryption-off']],
    },
    {
      name: 'one result per region, denial only where it happened',
      snapshot: snapshot(['ap-southeast-2', 'eu-west-1', 'us-east-1'])
        .regional(EC2_EBS_ENCRYPTION_BY_DEFAULT, 'ap-southeast-2', denied('ec2:GetEbsEncryptionByDefault'))
        .regional(EC2_EBS_ENCRYPTION_BY_DEFAULT, 'eu-west-1', { enabled: false })
        .regional(EC2_EBS_ENCRYPTION_BY_DEFAULT, 'us-east-1', { enabled: true }),
      expected: [
        ['error', 'error.denied'],
        ['fail', 'ebs-default-encryption-off'],
        ['pass', 'ebs-default-encryption-on'],
      ],
    },
    { name: 'key missing from snapshot is an error', snapshot: snapshot(), expected: [['error', 'error.unknown']] },
  ],
};
