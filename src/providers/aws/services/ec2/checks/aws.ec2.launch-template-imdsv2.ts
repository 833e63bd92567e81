import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { EC2_LAUNCH_TEMPLATES } from '../launch-template-state.js';

const TYPE = 'AWS::EC2::LaunchTemplate';

export const ec2LaunchTemplateImdsv2: Check = {
  meta: {
    id: 'aws.ec2.launch-template-imdsv2',
    title: 'EC2 launch templates require IMDSv2',
    provider: 'aws',
    service: 'ec2',
    resourceType: TYPE,
    severity: 'high',
    requires: [EC2_LAUNCH_TEMPLATES],
    rationale:
      "IMDSv1 answers plain GET requests, so a request forgery flaw in an application can read the instance role's credentials; IMDSv2 " +
      'needs a session token. Security Hub (EC2.170, Config rule ec2-launch-template-imdsv2-check) judges the default version of each ' +
      'launch template and fails it unless the metadata version is set to V2 only. A version that leaves HttpTokens unset hands each ' +
      "instance the AMI's and the account's defaults, which the template does not show, so it fails too. Passes when HttpTokens is " +
      'required, or when HttpEndpoint is disabled (no metadata service at all). Other versions, including $Latest when it is not the ' +
      'default, are not judged, as AWS does not judge them.',
    remediation: {
      text: 'Create a new template version with metadata version V2 only and make it the default.',
      console:
        'EC2 → Launch templates → template → Actions → Modify template (create new version) → Advanced details → Metadata version: V2 only',
      cli: 'aws ec2 create-launch-template-version --launch-template-id <id> --source-version \'$Default\' --launch-template-data \'{"MetadataOptions":{"HttpTokens":"required"}}\'',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, EC2_LAUNCH_TEMPLATES, TYPE, (t, resource) => {
      const observed = { defaultVersion: t.defaultVersion, httpTokens: t.httpTokens ?? 'unset', httpEndpoint: t.httpEndpoint ?? 'unset' };
      const which = `Launch template ${t.name} (default version ${t.defaultVersion})`;
      if (t.httpEndpoint === 'disabled') return pass(resource, 'metadata-disabled', `${which} turns the metadata endpoint off.`, observed);
      if (t.httpTokens === 'required') return pass(resource, 'imdsv2', `${which} requires IMDSv2.`, observed);
      return t.httpTokens === undefined
        ? fail(resource, 'metadata-version-unset', `${which} does not set the metadata version.`, observed)
        : fail(resource, 'imdsv1-allowed', `${which} allows IMDSv1.`, observed);
    });
  },
};
