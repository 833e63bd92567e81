import { type CheckCases, throttled } from '../../../../../../test/support/snapshot.js';
import { withAttributes } from '../state.fixtures.js';
import { elbCrossZoneLoadBalancingEnabled as check } from './aws.elb.cross-zone-load-balancing-enabled.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'cross-zone on passes', snapshot: withAttributes({}), expected: [['pass', 'cross-zone']] },
    { name: 'cross-zone off fails', snapshot: withAttributes({ crossZone: false }), expected: [['fail', 'single-zone']] },
    { name: 'throttled attributes are an error', snapshot: withAttributes(throttled()), expected: [['error', 'error.throttled']] },
  ],
};
