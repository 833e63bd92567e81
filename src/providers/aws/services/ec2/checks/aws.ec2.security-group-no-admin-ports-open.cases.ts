import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { EC2_SECURITY_GROUPS, type SecurityGroupRule } from '../state.js';
import { ec2SecurityGroupNoAdminPortsOpen as check } from './aws.ec2.security-group-no-admin-ports-open.js';
import { group, rule } from './builders.fixtures.js';

const one = (...ingress: SecurityGroupRule[]) => snapshot().regional(EC2_SECURITY_GROUPS, 'us-east-1', [group('sg-1', ingress)]);

export const table: CheckCases = {
  check,
  cases: [
    { name: 'HTTPS from anywhere passes', snapshot: one(rule('tcp', [443, 443])), expected: [['pass', 'no-admin-ports-open']] },
    {
      name: 'SSH from a private range passes',
      snapshot: one(rule('tcp', [22, 22], ['10.0.0.0/8'])),
      expected: [['pass', 'no-admin-ports-open']],
    },
    {
      name: 'all traffic from another group passes',
      snapshot: one(rule('-1', null, ['sg-2'])),
      expected: [['pass', 'no-admin-ports-open']],
    },
    { name: 'UDP over 22 passes (SSH is TCP only)', snapshot: one(rule('udp', [0, 1024])), expected: [['pass', 'no-admin-ports-open']] },
    {
      name: 'UDP 3389 from anywhere fails (RDP over UDP)',
      snapshot: one(rule('udp', [3389, 3389])),
      expected: [['fail', 'admin-ports-open']],
    },
    { name: 'UDP by protocol number over 3389 fails', snapshot: one(rule('17', [3000, 4000])), expected: [['fail', 'admin-ports-open']] },
    { name: 'no rules passes', snapshot: one(), expected: [['pass', 'no-admin-ports-open']] },
    { name: 'SSH from 0.0.0.0/0 fails', snapshot: one(rule('tcp', [22, 22])), expected: [['fail', 'admin-ports-open']] },
    { name: 'RDP from ::/0 fails', snapshot: one(rule('tcp', [3389, 3389], ['::/0'])), expected: [['fail', 'admin-ports-open']] },
    { name: 'all traffic from anywhere fails', snapshot: one(rule('-1', null)), expected: [['fail', 'admin-ports-open']] },
    { name: 'a port range including 22 fails', snapshot: one(rule('tcp', [0, 1024])), expected: [['fail', 'admin-ports-open']] },
    { name: 'a port range including 3389 fails', snapshot: one(rule('tcp', [3000, 4000])), expected: [['fail', 'admin-ports-open']] },
    { name: 'a range just past 22 passes', snapshot: one(rule('tcp', [23, 3388])), expected: [['pass', 'no-admin-ports-open']] },
    {
      name: 'a denied region is an error for that region only',
      snapshot: snapshot(['eu-west-1', 'us-east-1'])
        .regional(EC2_SECURITY_GROUPS, 'eu-west-1', denied('ec2:DescribeSecurityGroups'))
        .regional(EC2_SECURITY_GROUPS, 'us-east-1', [group('sg-1', [rule('tcp', [22, 22])])]),
      expected: [
        ['error', 'error.denied'],
        ['fail', 'admin-ports-open'],
      ],
    },
  ],
};
