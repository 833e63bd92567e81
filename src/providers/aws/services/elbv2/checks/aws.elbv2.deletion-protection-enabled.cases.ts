import { type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { withAttributes } from '../state.fixtures.js';
import { elbv2DeletionProtectionEnabled as check } from './aws.elbv2.deletion-protection-enabled.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'protection on passes',
      snapshot: withAttributes({ 'deletion_protection.enabled': 'true' }),
      expected: [['pass', 'protected']],
    },
    {
      name: 'protection off fails',
      snapshot: withAttributes({ 'deletion_protection.enabled': 'false' }),
      expected: [['fail', 'unprotected']],
    },
    { name: 'NLB is judged too', snapshot: withAttributes({}, { type: 'network' }), expected: [['fail', 'unprotected']] },
    {
      name: 'unreadable attributes are an error',
      snapshot: withAttributes(denied('elbv2:DescribeLoadBalancerAttributes')),
      expected: [['error', 'error.denied']],
    },
  ],
};
