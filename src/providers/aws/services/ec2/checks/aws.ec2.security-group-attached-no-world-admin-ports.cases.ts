import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import { EC2_NETWORK_INTERFACES, EC2_PREFIX_LIST_ENTRIES, EC2_SECURITY_GROUPS, type SecurityGroup } from '../state.js';
import { ec2SecurityGroupAttachedNoWorldAdminPorts as check } from './aws.ec2.security-group-attached-no-world-admin-ports.js';
import { group, rule } from './builders.fixtures.js';
import { eni } from './network-cases.fixtures.js';

const R = 'us-east-1';
const estate = (g: SecurityGroup, attached = true, lists: Parameters<ReturnType<typeof snapshot>['regional']>[2] = {}) =>
  snapshot([R])
    .regional(EC2_SECURITY_GROUPS, R, [g])
    .regional(EC2_NETWORK_INTERFACES, R, attached ? [eni('eni-1', g.id)] : [])
    .regional(EC2_PREFIX_LIST_ENTRIES, R, lists);

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'SSH from an office passes',
      snapshot: estate(group('sg-1', [rule('tcp', [22, 22], ['203.0.113.0/24'])])),
      expected: [['pass', 'no-world-admin-ports']],
    },
    {
      name: 'SSH from the world fails',
      snapshot: estate(group('sg-1', [rule('tcp', [22, 22])])),
      expected: [['fail', 'world-admin-ports']],
    },
    {
      name: 'two rules whose sources add up to the world fail',
      snapshot: estate(
        group('sg-1', [
          rule('tcp', [0, 1024], ['0.0.0.0/1']),
          rule('tcp', [3389, 3389], ['128.0.0.0/1']),
          rule('tcp', [22, 22], ['128.0.0.0/1']),
        ]),
      ),
      expected: [['fail', 'world-admin-ports']],
    },
    {
      name: 'CIFS from ::/0 fails',
      snapshot: estate(group('sg-1', [rule('tcp', [445, 445], ['::/0'])])),
      expected: [['fail', 'world-admin-ports']],
    },
    {
      name: 'a prefix list covering the world fails',
      snapshot: estate(group('sg-1', [rule('tcp', [22, 22], ['pl-1'])]), true, { 'pl-1': ok(['0.0.0.0/0']) }),
      expected: [['fail', 'world-admin-ports']],
    },
    {
      name: 'an unattached open group is not applicable',
      snapshot: estate(group('sg-1', [rule('-1', null)]), false),
      expected: [['not_applicable', 'not-attached']],
    },
    {
      name: 'an unreadable prefix list is an error',
      snapshot: estate(group('sg-1', [rule('tcp', [22, 22], ['pl-1'])]), true, { 'pl-1': denied('ec2:GetManagedPrefixListEntries') }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'interfaces unreadable is an error',
      snapshot: snapshot([R])
        .regional(EC2_SECURITY_GROUPS, R, [group('sg-1', [])])
        .regional(EC2_NETWORK_INTERFACES, R, denied('ec2:DescribeNetworkInterfaces'))
        .regional(EC2_PREFIX_LIST_ENTRIES, R, {}),
      expected: [['error', 'error.denied']],
    },
  ],
};
