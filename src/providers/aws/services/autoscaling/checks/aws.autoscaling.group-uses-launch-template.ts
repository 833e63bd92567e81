import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { AUTOSCALING_GROUPS } from '../state.js';

export const autoscalingGroupUsesLaunchTemplate = eachResource(
  {
    id: 'aws.autoscaling.group-uses-launch-template',
    title: 'Auto Scaling groups launch from EC2 launch templates, not launch configurations',
    service: 'autoscaling',
    resourceType: 'AWS::AutoScaling::AutoScalingGroup',
    severity: 'medium',
    requires: [AUTOSCALING_GROUPS],
    rationale:
      'Launch configurations are a retired mechanism: they get no new EC2 features, cannot be versioned, and AWS no longer lets new ' +
      'accounts create them. Launch templates carry current settings such as IMDSv2 and are versioned. Security Hub (AutoScaling.9) ' +
      'fails a group not created with a launch template, directly or inside a mixed instances policy. Passes for either; fails for a ' +
      'group on a launch configuration (or with neither).',
    remediation: {
      text: 'Copy the launch configuration to a launch template and switch the group to it.',
      console:
        'EC2 → Launch configurations → configuration → Copy to launch template; then Auto Scaling groups → group → Edit → Launch template',
      cli: "aws autoscaling update-auto-scaling-group --auto-scaling-group-name <name> --launch-template LaunchTemplateId=<lt-id>,Version='$Default'",
    },
  },
  AUTOSCALING_GROUPS,
  (g, r) => {
    const observed = {
      launchSource: g.launchSource,
      ...(g.launchConfigurationName ? { launchConfiguration: g.launchConfigurationName } : {}),
    };
    if (g.launchSource === 'launch-template' || g.launchSource === 'mixed-instances-policy')
      return pass(r, 'launch-template', `Group ${g.name} launches from a launch template.`, observed);
    return g.launchSource === 'launch-configuration'
      ? fail(r, 'launch-configuration', `Group ${g.name} still launches from launch configuration ${g.launchConfigurationName}.`, observed)
      : fail(r, 'no-launch-template', `Group ${g.name} names no launch template.`, observed);
  },
);
