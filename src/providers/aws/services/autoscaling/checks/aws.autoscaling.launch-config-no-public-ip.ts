import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { AUTOSCALING_LAUNCH_CONFIGURATIONS } from '../state.js';

export const autoscalingLaunchConfigNoPublicIp = eachResource(
  {
    id: 'aws.autoscaling.launch-config-no-public-ip',
    title: 'Auto Scaling launch configurations do not assign public IP addresses',
    service: 'autoscaling',
    resourceType: 'AWS::AutoScaling::LaunchConfiguration',
    severity: 'high',
    requires: [AUTOSCALING_LAUNCH_CONFIGURATIONS],
    rationale:
      'Instances in a scaling group are normally reached through a load balancer; a public address puts each one directly on the ' +
      'internet, limited only by its security groups. Security Hub (AutoScaling.5, Config rule autoscaling-launch-config-public-ip-disabled) ' +
      'fails a launch configuration whose AssociatePublicIpAddress is true. Passes when it is false or unset; when unset, the subnet’s ' +
      'own auto-assign setting decides, which this check does not judge.',
    remediation: {
      text: 'Launch configurations cannot be edited: create a launch template without a public IP and move the groups to it.',
      console: 'EC2 → Launch templates → Create → Network settings → Advanced network configuration → Auto-assign public IP: Disable',
    },
  },
  AUTOSCALING_LAUNCH_CONFIGURATIONS,
  (c, r) => {
    const observed = { associatePublicIpAddress: c.associatePublicIp ?? 'unset' };
    if (c.associatePublicIp === true)
      return fail(r, 'public-ip', `Launch configuration ${c.name} gives its instances public IP addresses.`, observed);
    return c.associatePublicIp === false
      ? pass(r, 'no-public-ip', `Launch configuration ${c.name} does not assign public IP addresses.`, observed)
      : pass(r, 'subnet-default', `Launch configuration ${c.name} leaves public addressing to the subnet.`, observed);
  },
);
