import type { AwsService } from '../../service.js';
import { autoscalingGroupElbHealthCheck } from './checks/aws.autoscaling.group-elb-health-check.js';
import { autoscalingGroupMultiAz } from './checks/aws.autoscaling.group-multi-az.js';
import { autoscalingGroupUsesLaunchTemplate } from './checks/aws.autoscaling.group-uses-launch-template.js';
import { autoscalingLaunchConfigImdsv2 } from './checks/aws.autoscaling.launch-config-imdsv2.js';
import { autoscalingLaunchConfigNoPublicIp } from './checks/aws.autoscaling.launch-config-no-public-ip.js';
import { autoscalingCollectors } from './collect.js';
import { demo } from './demo.js';

export const autoscaling: AwsService = {
  id: 'autoscaling',
  collectors: autoscalingCollectors,
  checks: [
    autoscalingGroupElbHealthCheck,
    autoscalingGroupMultiAz,
    autoscalingGroupUsesLaunchTemplate,
    autoscalingLaunchConfigImdsv2,
    autoscalingLaunchConfigNoPublicIp,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
