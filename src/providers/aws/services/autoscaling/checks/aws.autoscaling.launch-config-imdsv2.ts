import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { AUTOSCALING_LAUNCH_CONFIGURATIONS } from '../state.js';

export const autoscalingLaunchConfigImdsv2 = eachResource(
  {
    id: 'aws.autoscaling.launch-config-imdsv2',
    title: 'Auto Scaling launch configurations require IMDSv2',
    service: 'autoscaling',
    resourceType: 'AWS::AutoScaling::LaunchConfiguration',
    severity: 'high',
    requires: [AUTOSCALING_LAUNCH_CONFIGURATIONS],
    rationale:
      "IMDSv1 answers plain GET requests, so a request forgery flaw in an application can read the instance role's credentials; IMDSv2 " +
      'needs a session token. Security Hub (AutoScaling.3, Config rule autoscaling-launchconfig-requires-imdsv2) fails a launch ' +
      'configuration that does not set the metadata version or allows both versions. An unset HttpTokens leaves each instance to the ' +
      "AMI's and the account's defaults, which the configuration does not show, so it fails too. Passes when HttpTokens is required, or " +
      'when HttpEndpoint is disabled (no metadata service at all).',
    remediation: {
      text: 'Launch configurations cannot be edited: create a launch template (or configuration) with metadata version V2 only and move the groups to it.',
      console: 'EC2 → Launch templates → Create → Advanced details → Metadata version: V2 only (token required)',
      cli: 'aws ec2 create-launch-template --launch-template-name <name> --launch-template-data \'{"MetadataOptions":{"HttpTokens":"required"}}\'',
    },
  },
  AUTOSCALING_LAUNCH_CONFIGURATIONS,
  (c, r) => {
    const observed = { httpTokens: c.httpTokens ?? 'unset', httpEndpoint: c.httpEndpoint ?? 'unset' };
    if (c.httpEndpoint === 'disabled')
      return pass(r, 'metadata-disabled', `Launch configuration ${c.name} turns the metadata endpoint off.`, observed);
    if (c.httpTokens === 'required') return pass(r, 'imdsv2', `Launch configuration ${c.name} requires IMDSv2.`, observed);
    return c.httpTokens === undefined
      ? fail(r, 'metadata-version-unset', `Launch configuration ${c.name} does not set the metadata version.`, observed)
      : fail(r, 'imdsv1-allowed', `Launch configuration ${c.name} allows IMDSv1.`, observed);
  },
);
