import { type CheckCases, denied, ok, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { EC2_FLOW_LOGS, EC2_VPCS, type FlowLog } from '../state.js';
import { ec2VpcFlowLogsEnabled as check } from './aws.ec2.vpc-flow-logs-enabled.js';
import { flowLog, vpc } from './builders.fixtures.js';

const withLogs = (logs: Fetched<FlowLog[]>) =>
  snapshot()
    .regional(EC2_VPCS, 'us-east-1', [vpc('vpc-1')])
    .regional(EC2_FLOW_LOGS, 'us-east-1', logs);

export const table: CheckCases = {
  check,
  cases: [
    { name: 'active ALL flow log passes', snapshot: withLogs(ok([flowLog('vpc-1', 'ALL')])), expected: [['pass', 'flow-logs-enabled']] },
    {
      name: 'active REJECT flow log passes',
      snapshot: withLogs(ok([flowLog('vpc-1', 'REJECT')])),
      expected: [['pass', 'flow-logs-enabled']],
    },
    { name: 'no flow log fails', snapshot: withLogs(ok([])), expected: [['fail', 'no-flow-logs']] },
    {
      name: 'a subnet flow log does not count',
      snapshot: withLogs(ok([flowLog('subnet-1', 'ALL')])),
      expected: [['fail', 'no-flow-logs']],
    },
    {
      name: 'an inactive flow log does not count',
      snapshot: withLogs(ok([flowLog('vpc-1', 'ALL', 'INACTIVE')])),
      expected: [['fail', 'no-flow-logs']],
    },
    {
      name: 'ACCEPT-only flow log fails',
      snapshot: withLogs(ok([flowLog('vpc-1', 'ACCEPT')])),
      expected: [['fail', 'flow-logs-accept-only']],
    },
    {
      name: 'a VPC shared from another account is not applicable',
      snapshot: snapshot()
        .regional(EC2_VPCS, 'us-east-1', [vpc('vpc-9', { ownerId: '999999999999' })])
        .regional(EC2_FLOW_LOGS, 'us-east-1', []),
      expected: [['not_applicable', 'vpc-shared']],
    },
    {
      name: 'an active flow log of unknown traffic type is an error, not accept-only',
      snapshot: withLogs(ok([{ id: 'fl-1', resourceId: 'vpc-1', status: 'ACTIVE' }])),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'a VPC of unknown owner without a flow log is an error: it may be shared',
      snapshot: snapshot()
        .regional(EC2_VPCS, 'us-east-1', [vpc('vpc-1', { ownerId: undefined })])
        .regional(EC2_FLOW_LOGS, 'us-east-1', []),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'a VPC of unknown owner with a qualifying flow log still passes',
      snapshot: snapshot()
        .regional(EC2_VPCS, 'us-east-1', [vpc('vpc-1', { ownerId: undefined })])
        .regional(EC2_FLOW_LOGS, 'us-east-1', [flowLog('vpc-1', 'REJECT')]),
      expected: [['pass', 'flow-logs-enabled']],
    },
    {
      name: 'throttled flow logs are an error per VPC',
      snapshot: withLogs(throttled('ec2:DescribeFlowLogs')),
      expected: [['error', 'error.throttled']],
    },
    {
      name: 'denied VPC list is an error',
      snapshot: snapshot().regional(EC2_VPCS, 'us-east-1', denied('ec2:DescribeVpcs')).regional(EC2_FLOW_LOGS, 'us-east-1', []),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'flow logs missing from snapshot is an error',
      snapshot: snapshot().regional(EC2_VPCS, 'us-east-1', [vpc('vpc-1')]),
      expected: [['error', 'error.unknown']],
    },
  ],
};
