import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { ARN, machine, R } from '../state.fixtures.js';
import { SFN_STATE_MACHINES } from '../state.js';
import { sfnStateMachineLoggingEnabled as check } from './aws.sfn.state-machine-logging-enabled.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'ERROR passes by default', snapshot: machine(), expected: [['pass', 'logging-enabled']] },
    { name: 'ALL passes', snapshot: machine({ logLevel: 'ALL' }), expected: [['pass', 'logging-enabled']] },
    { name: 'OFF fails', snapshot: machine({ logLevel: 'OFF', logGroups: [] }), expected: [['fail', 'logging-off']] },
    { name: 'FATAL fails by default', snapshot: machine({ logLevel: 'FATAL' }), expected: [['fail', 'logging-below-minimum']] },
    {
      name: 'FATAL passes when FATAL is the minimum',
      snapshot: machine({ logLevel: 'FATAL' }),
      serviceParams: { 'aws.sfn': { minimumLogLevel: 'FATAL' } },
      expected: [['pass', 'logging-enabled']],
    },
    {
      name: 'ERROR fails when ALL is required',
      snapshot: machine(),
      serviceParams: { 'aws.sfn': { minimumLogLevel: 'ALL' } },
      expected: [['fail', 'logging-below-minimum']],
    },
    {
      name: 'a denied describe is an error for that machine',
      snapshot: snapshot().regional(SFN_STATE_MACHINES, R, { [ARN]: denied('states:DescribeStateMachine') }),
      expected: [['error', 'error.denied']],
    },
  ],
};
