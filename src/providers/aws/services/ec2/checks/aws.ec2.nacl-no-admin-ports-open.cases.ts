import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { EC2_NETWORK_ACLS, type NetworkAcl } from '../state.js';
import { ec2NaclNoAdminPortsOpen as check } from './aws.ec2.nacl-no-admin-ports-open.js';
import { acl, DEFAULT_DENY, entry } from './network-cases.fixtures.js';

const R = 'us-east-1';
const with_ = (...acls: NetworkAcl[]) => snapshot([R]).regional(EC2_NETWORK_ACLS, R, acls);

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'the default allow-all NACL fails',
      snapshot: with_(acl('acl-1', [entry({ ruleNumber: 100, action: 'allow' }), DEFAULT_DENY])),
      expected: [['fail', 'admin-ports-open']],
    },
    {
      name: 'denies for admin ports before the allow pass',
      snapshot: with_(
        acl('acl-1', [
          entry({ ruleNumber: 10, action: 'deny', protocol: 'tcp', fromPort: 22, toPort: 22 }),
          entry({ ruleNumber: 11, action: 'deny', protocol: '-1', fromPort: 3389, toPort: 3389 }),
          entry({ ruleNumber: 12, action: 'deny', protocol: 'tcp', fromPort: 445, toPort: 445 }),
          entry({ ruleNumber: 13, action: 'deny', protocol: 'udp', fromPort: 3389, toPort: 3389 }),
          entry({ ruleNumber: 100, action: 'allow', protocol: 'tcp', fromPort: 0, toPort: 65535 }),
          entry({ ruleNumber: 101, action: 'allow', protocol: 'udp', fromPort: 0, toPort: 65535 }),
          DEFAULT_DENY,
        ]),
      ),
      expected: [['pass', 'admin-ports-closed']],
    },
    {
      name: 'a deny after the allow does not help',
      snapshot: with_(
        acl('acl-1', [
          entry({ ruleNumber: 100, action: 'allow' }),
          entry({ ruleNumber: 110, action: 'deny', protocol: 'tcp', fromPort: 22, toPort: 22 }),
          DEFAULT_DENY,
        ]),
      ),
      expected: [['fail', 'admin-ports-open']],
    },
    {
      name: 'admin from an office only passes',
      snapshot: with_(acl('acl-1', [entry({ ruleNumber: 100, action: 'allow', cidr: '203.0.113.0/24' }), DEFAULT_DENY])),
      expected: [['pass', 'admin-ports-closed']],
    },
    {
      name: 'an ACL without subnets is not applicable',
      snapshot: with_(acl('acl-1', [entry({ ruleNumber: 100, action: 'allow' })], { subnetIds: [] })),
      expected: [['not_applicable', 'no-subnets']],
    },
    {
      name: 'unreadable is an error',
      snapshot: snapshot([R]).regional(EC2_NETWORK_ACLS, R, denied('ec2:DescribeNetworkAcls')),
      expected: [['error', 'error.denied']],
    },
  ],
};
