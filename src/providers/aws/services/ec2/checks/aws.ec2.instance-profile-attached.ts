import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { EC2_INSTANCES } from '../compute-state.js';

const TYPE = 'AWS::EC2::Instance';

export const ec2InstanceProfileAttached: Check = {
  meta: {
    id: 'aws.ec2.instance-profile-attached',
    title: 'EC2 instances use an instance profile for AWS access',
    provider: 'aws',
    service: 'ec2',
    resourceType: TYPE,
    severity: 'low',
    requires: [EC2_INSTANCES],
    rationale:
      'An instance profile gives software on the instance short-lived, automatically rotated role credentials; without one, ' +
      'software that calls AWS tends to carry long-lived access keys on disk, and Systems Manager cannot manage the instance. ' +
      'Passes when an instance profile is attached; fails otherwise.',
    remediation: {
      text: 'Attach an instance profile whose role grants only what the workload needs (plus AmazonSSMManagedInstanceCore for Systems Manager), then remove stored keys.',
      console: 'EC2 → Instances → instance → Actions → Security → Modify IAM role',
      cli: 'aws ec2 associate-iam-instance-profile --instance-id <id> --iam-instance-profile Name=<profile>',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, EC2_INSTANCES, TYPE, (i, resource) =>
      i.instanceProfileArn
        ? pass(resource, 'profile', `Instance ${i.name} uses ${i.instanceProfileArn}.`, { instanceProfileArn: i.instanceProfileArn })
        : fail(resource, 'no-profile', `Instance ${i.name} has no instance profile.`, { instanceProfileArn: null }),
    );
  },
};
