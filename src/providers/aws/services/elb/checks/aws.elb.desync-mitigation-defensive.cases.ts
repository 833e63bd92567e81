import { type CheckCases, throttled } from '../../../../../../test/support/snapshot.js';
import { withAttributes } from '../state.fixtures.js';
import { elbDesyncMitigationDefensive as check } from './aws.elb.desync-mitigation-defensive.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'absent attribute is the defensive default', snapshot: withAttributes({}), expected: [['pass', 'mitigated']] },
    { name: 'strictest passes', snapshot: withAttributes({ desyncMode: 'strictest' }), expected: [['pass', 'mitigated']] },
    { name: 'monitor fails', snapshot: withAttributes({ desyncMode: 'monitor' }), expected: [['fail', 'monitor-only']] },
    { name: 'throttled attributes are an error', snapshot: withAttributes(throttled()), expected: [['error', 'error.throttled']] },
  ],
};
