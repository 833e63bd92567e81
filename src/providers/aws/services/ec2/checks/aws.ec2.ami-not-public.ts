import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { EC2_IMAGES } from '../compute-state.js';

const TYPE = 'AWS::EC2::Image';

export const ec2AmiNotPublic: Check = {
  meta: {
    id: 'aws.ec2.ami-not-public',
    title: 'AMIs owned by the account are not public',
    provider: 'aws',
    service: 'ec2',
    resourceType: TYPE,
    severity: 'high',
    requires: [EC2_IMAGES],
    rationale:
      'A public AMI can be launched by any AWS account, exposing everything baked into it (code, configuration, sometimes keys). ' +
      'Fails for owned images whose launch permission is public; passes for the others.',
    remediation: {
      text: 'Make the image private (share with named accounts if needed) and turn on block public access for AMIs in the region.',
      console: 'EC2 → AMIs → image → Actions → Edit AMI permissions → Private',
      cli: 'aws ec2 modify-image-attribute --image-id <id> --launch-permission "Remove=[{Group=all}]"',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, EC2_IMAGES, TYPE, (i, resource) =>
      i.public
        ? fail(resource, 'public', `Image ${i.name} can be launched by any AWS account.`, { public: true })
        : pass(resource, 'private', `Image ${i.name} is not public.`, { public: false }),
    );
  },
};
