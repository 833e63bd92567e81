import { type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { withAttributes } from '../state.fixtures.js';
import { elbConnectionDrainingEnabled as check } from './aws.elb.connection-draining-enabled.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'draining on passes', snapshot: withAttributes({}), expected: [['pass', 'draining']] },
    { name: 'draining off fails', snapshot: withAttributes({ connectionDraining: false }), expected: [['fail', 'no-draining']] },
    { name: 'denied attributes are an error', snapshot: withAttributes(denied()), expected: [['error', 'error.denied']] },
  ],
};
