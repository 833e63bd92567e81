import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { EC2_INSTANCES } from '../compute-state.js';

const TYPE = 'AWS::EC2::Instance';

export const ec2InstanceImdsv2Required: Check = {
  meta: {
    id: 'aws.ec2.instance-imdsv2-required',
    title: 'EC2 instances require IMDSv2 for instance metadata',
    provider: 'aws',
    service: 'ec2',
    resourceType: TYPE,
    severity: 'high',
    requires: [EC2_INSTANCES],
    rationale:
      'IMDSv1 answers plain GET requests, so a server-side request forgery or open proxy on the instance can read the instance ' +
      "role's temporary credentials; IMDSv2 requires a session token obtained with a PUT. Passes when HttpTokens is required, or " +
      'when the metadata endpoint is disabled; fails when HttpTokens is optional. Terminated instances are not listed.',
    remediation: {
      text: 'Require IMDSv2 on the instance (and set the account default for new instances), after checking that agents and SDKs on it support IMDSv2.',
      console: 'EC2 → Instances → instance → Actions → Instance settings → Modify instance metadata options → IMDSv2 Required',
      cli: 'aws ec2 modify-instance-metadata-options --instance-id <id> --http-tokens required --http-endpoint enabled',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, EC2_INSTANCES, TYPE, (i, resource) => {
      const observed = { httpTokens: i.httpTokens, httpEndpoint: i.httpEndpoint };
      if (i.httpEndpoint === 'disabled')
        return pass(resource, 'metadata-disabled', `Instance ${i.name} has the metadata endpoint turned off.`, observed);
      return i.httpTokens === 'required'
        ? pass(resource, 'imdsv2', `Instance ${i.name} requires IMDSv2.`, observed)
        : fail(resource, 'imdsv1-allowed', `Instance ${i.name} still answers IMDSv1 requests.`, observed);
    });
  },
};
