import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listed } from '../../cases.fixtures.js';
import { listingCases } from '../../listing-cases.fixtures.js';
import { AUTOSCALING_GROUPS } from '../state.js';
import { group } from './autoscaling.fixtures.js';
import { autoscalingGroupUsesLaunchTemplate as check } from './aws.autoscaling.group-uses-launch-template.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'launch template passes', snapshot: listed(AUTOSCALING_GROUPS, group()), expected: [['pass', 'launch-template']] },
    {
      name: 'mixed instances policy passes',
      snapshot: listed(AUTOSCALING_GROUPS, group({ launchSource: 'mixed-instances-policy' })),
      expected: [['pass', 'launch-template']],
    },
    {
      name: 'launch configuration fails',
      snapshot: listed(AUTOSCALING_GROUPS, group({ launchSource: 'launch-configuration', launchConfigurationName: 'legacy' })),
      expected: [['fail', 'launch-configuration']],
    },
    {
      name: 'neither fails',
      snapshot: listed(AUTOSCALING_GROUPS, group({ launchSource: 'none' })),
      expected: [['fail', 'no-launch-template']],
    },
    ...listingCases(AUTOSCALING_GROUPS, 'autoscaling:DescribeAutoScalingGroups'),
  ],
};
