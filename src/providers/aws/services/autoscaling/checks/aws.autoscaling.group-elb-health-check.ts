import { fail, notApplicable, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { AUTOSCALING_GROUPS } from '../state.js';

export const autoscalingGroupElbHealthCheck = eachResource(
  {
    id: 'aws.autoscaling.group-elb-health-check',
    title: 'Auto Scaling groups behind a load balancer use its health checks',
    service: 'autoscaling',
    resourceType: 'AWS::AutoScaling::AutoScalingGroup',
    severity: 'low',
    requires: [AUTOSCALING_GROUPS],
    rationale:
      'By default a group judges an instance only by EC2 status checks, so an instance whose application has stopped answering stays in ' +
      'service. With the ELB health check type the group also replaces instances the load balancer reports unhealthy. Security Hub ' +
      '(AutoScaling.1) fails a group that is associated with a load balancer and does not use ELB health checks. Passes when HealthCheckType ' +
      'includes ELB; fails when the group has Classic Load Balancers, target groups or ELB traffic sources attached but does not; not ' +
      'applicable to a group with no load balancer.',
    remediation: {
      text: 'Turn on Elastic Load Balancing health checks for the group, with a grace period long enough for instances to start.',
      console: 'EC2 → Auto Scaling groups → group → Details → Health checks → Edit → Turn on Elastic Load Balancing health checks',
      cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name <name> --health-check-type ELB --health-check-grace-period 300',
    },
  },
  AUTOSCALING_GROUPS,
  (g, r) => {
    const observed = { healthCheckTypes: g.healthCheckTypes.join(','), loadBalancers: g.loadBalancers.length };
    if (g.loadBalancers.length === 0)
      return notApplicable(r, 'no-load-balancer', `Group ${g.name} has no load balancer attached.`, observed);
    return g.healthCheckTypes.includes('ELB')
      ? pass(r, 'elb-health-check', `Group ${g.name} replaces instances its load balancer reports unhealthy.`, observed)
      : fail(r, 'ec2-health-check-only', `Group ${g.name} is behind a load balancer but ignores its health checks.`, observed);
  },
);
