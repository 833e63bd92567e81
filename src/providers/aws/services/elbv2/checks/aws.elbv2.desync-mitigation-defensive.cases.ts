import { type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { withAttributes } from '../state.fixtures.js';
import { elbv2DesyncMitigationDefensive as check } from './aws.elbv2.desync-mitigation-defensive.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'strictest passes',
      snapshot: withAttributes({ 'routing.http.desync_mitigation_mode': 'strictest' }),
      expected: [['pass', 'mitigating']],
    },
    {
      name: 'monitor fails',
      snapshot: withAttributes({ 'routing.http.desync_mitigation_mode': 'monitor' }),
      expected: [['fail', 'monitor-only']],
    },
    { name: 'unreadable attributes are an error', snapshot: withAttributes(denied()), expected: [['error', 'error.denied']] },
  ],
};
