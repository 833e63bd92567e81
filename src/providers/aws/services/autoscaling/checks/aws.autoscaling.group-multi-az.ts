import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { AUTOSCALING_GROUPS } from '../state.js';

export const autoscalingGroupMultiAz = eachResource(
  {
    id: 'aws.autoscaling.group-multi-az',
    title: 'Auto Scaling groups span more than one Availability Zone',
    service: 'autoscaling',
    resourceType: 'AWS::AutoScaling::AutoScalingGroup',
    severity: 'medium',
    requires: [AUTOSCALING_GROUPS],
    rationale:
      'A group confined to one Availability Zone cannot launch replacements elsewhere when that zone fails, so the whole workload goes ' +
      'down with it. Security Hub (AutoScaling.2) fails a group that covers fewer Availability Zones than its minimum, two by default. ' +
      'Passes when the group lists two or more zones; fails with one. Batch groups pinned to one zone on purpose are accepted exceptions.',
    remediation: {
      text: 'Add subnets in at least one more Availability Zone to the group.',
      console: 'EC2 → Auto Scaling groups → group → Details → Network → Edit → Availability Zones and subnets',
      cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name <name> --vpc-zone-identifier "<subnet-a>,<subnet-b>"',
    },
  },
  AUTOSCALING_GROUPS,
  (g, r) => {
    const observed = { availabilityZones: g.availabilityZones.join(',') };
    return g.availabilityZones.length > 1
      ? pass(r, 'multi-az', `Group ${g.name} spans ${g.availabilityZones.length} Availability Zones.`, observed)
      : fail(r, 'single-az', `Group ${g.name} launches into a single Availability Zone.`, observed);
  },
);
