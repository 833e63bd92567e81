import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { instance, R } from '../../ec2/checks/compute.fixtures.js';
import { EC2_INSTANCES } from '../../ec2/compute-state.js';
import { SSM_MANAGED_NODES } from '../state.js';
import { ssmInstanceManaged as check } from './aws.ssm.instance-managed.js';

const with_ = (nodes: unknown, state = 'running') =>
  snapshot()
    .regional(EC2_INSTANCES, R, [instance({ state })])
    .regional(SSM_MANAGED_NODES, R, nodes as never);

export const table: CheckCases = {
  check,
  cases: [
    { name: 'an online node passes', snapshot: with_([{ id: 'i-0abc', pingStatus: 'Online' }]), expected: [['pass', 'managed']] },
    { name: 'an unregistered instance fails', snapshot: with_([]), expected: [['fail', 'not-managed']] },
    {
      name: 'a lost agent fails',
      snapshot: with_([{ id: 'i-0abc', pingStatus: 'ConnectionLost' }]),
      expected: [['fail', 'agent-unreachable']],
    },
    { name: 'a stopped instance is not applicable', snapshot: with_([], 'stopped'), expected: [['not_applicable', 'not-running']] },
    {
      name: 'unreadable node list is an error',
      snapshot: with_(denied('ssm:DescribeInstanceInformation')),
      expected: [['error', 'error.denied']],
    },
  ],
};
