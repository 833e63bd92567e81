import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listed } from '../../cases.fixtures.js';
import { listingCases } from '../../listing-cases.fixtures.js';
import { AUTOSCALING_GROUPS } from '../state.js';
import { group } from './autoscaling.fixtures.js';
import { autoscalingGroupElbHealthCheck as check } from './aws.autoscaling.group-elb-health-check.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'ELB health checks pass', snapshot: listed(AUTOSCALING_GROUPS, group()), expected: [['pass', 'elb-health-check']] },
    {
      name: 'ELB among several types passes',
      snapshot: listed(AUTOSCALING_GROUPS, group({ healthCheckTypes: ['EC2', 'ELB', 'EBS'] })),
      expected: [['pass', 'elb-health-check']],
    },
    {
      name: 'EC2 only behind a load balancer fails',
      snapshot: listed(AUTOSCALING_GROUPS, group({ healthCheckTypes: ['EC2'] })),
      expected: [['fail', 'ec2-health-check-only']],
    },
    {
      name: 'no load balancer is not applicable',
      snapshot: listed(AUTOSCALING_GROUPS, group({ healthCheckTypes: ['EC2'], loadBalancers: [] })),
      expected: [['not_applicable', 'no-load-balancer']],
    },
    ...listingCases(AUTOSCALING_GROUPS, 'autoscaling:DescribeAutoScalingGroups'),
  ],
};
