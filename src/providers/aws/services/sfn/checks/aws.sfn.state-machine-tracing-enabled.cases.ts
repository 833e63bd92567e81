import { type CheckCases, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { machine, R } from '../state.fixtures.js';
import { SFN_STATE_MACHINES } from '../state.js';
import { sfnStateMachineTracingEnabled as check } from './aws.sfn.state-machine-tracing-enabled.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'tracing on passes', snapshot: machine(), expected: [['pass', 'tracing-enabled']] },
    { name: 'tracing off fails', snapshot: machine({ tracing: false }), expected: [['fail', 'tracing-disabled']] },
    {
      name: 'a throttled listing is an error',
      snapshot: snapshot().regional(SFN_STATE_MACHINES, R, throttled('states:ListStateMachines')),
      expected: [['error', 'error.throttled']],
    },
  ],
};
