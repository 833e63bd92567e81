import { type CheckCases, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { EC2_SECURITY_GROUPS } from '../state.js';
import { ec2DefaultSecurityGroupRestricted as check } from './aws.ec2.default-security-group-restricted.js';
import { group, rule } from './builders.fixtures.js';

const dflt = (over: Parameters<typeof group>[2]) => group('sg-default', [], { name: 'default', isDefault: true, ...over });

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'no rules passes',
      snapshot: snapshot().regional(EC2_SECURITY_GROUPS, 'us-east-1', [dflt({ egress: [] })]),
      expected: [['pass', 'default-sg-restricted']],
    },
    {
      name: 'AWS-created default rules fail',
      snapshot: snapshot().regional(EC2_SECURITY_GROUPS, 'us-east-1', [
        dflt({ ingress: [rule('-1', null, ['sg-default'])], egress: [rule('-1', null)] }),
      ]),
      expected: [['fail', 'default-sg-has-rules']],
    },
    {
      name: 'egress only still fails',
      snapshot: snapshot().regional(EC2_SECURITY_GROUPS, 'us-east-1', [dflt({ egress: [rule('-1', null)] })]),
      expected: [['fail', 'default-sg-has-rules']],
    },
    {
      name: 'non-default groups are not evaluated',
      snapshot: snapshot().regional(EC2_SECURITY_GROUPS, 'us-east-1', [group('sg-web', [rule('tcp', [443, 443])])]),
      expected: [],
    },
    {
      name: 'throttled region is an error',
      snapshot: snapshot().regional(EC2_SECURITY_GROUPS, 'us-east-1', throttled('ec2:DescribeSecurityGroups')),
      expected: [['error', 'error.throttled']],
    },
  ],
};
