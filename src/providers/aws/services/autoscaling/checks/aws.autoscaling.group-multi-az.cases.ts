import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listed } from '../../cases.fixtures.js';
import { listingCases } from '../../listing-cases.fixtures.js';
import { AUTOSCALING_GROUPS } from '../state.js';
import { group } from './autoscaling.fixtures.js';
import { autoscalingGroupMultiAz as check } from './aws.autoscaling.group-multi-az.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'two zones pass', snapshot: listed(AUTOSCALING_GROUPS, group()), expected: [['pass', 'multi-az']] },
    {
      name: 'one zone fails',
      snapshot: listed(AUTOSCALING_GROUPS, group({ availabilityZones: ['us-east-1a'] })),
      expected: [['fail', 'single-az']],
    },
    ...listingCases(AUTOSCALING_GROUPS, 'autoscaling:DescribeAutoScalingGroups'),
  ],
};
