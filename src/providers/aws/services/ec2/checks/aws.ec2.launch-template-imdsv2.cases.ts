import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listed } from '../../cases.fixtures.js';
import { listingCases } from '../../listing-cases.fixtures.js';
import { EC2_LAUNCH_TEMPLATES } from '../launch-template-state.js';
import { ec2LaunchTemplateImdsv2 as check } from './aws.ec2.launch-template-imdsv2.js';
import { launchTemplate } from './launch-template.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'required passes', snapshot: listed(EC2_LAUNCH_TEMPLATES, launchTemplate()), expected: [['pass', 'imdsv2']] },
    {
      name: 'endpoint disabled passes',
      snapshot: listed(EC2_LAUNCH_TEMPLATES, launchTemplate({ httpTokens: 'optional', httpEndpoint: 'disabled' })),
      expected: [['pass', 'metadata-disabled']],
    },
    {
      name: 'optional fails',
      snapshot: listed(EC2_LAUNCH_TEMPLATES, launchTemplate({ httpTokens: 'optional' })),
      expected: [['fail', 'imdsv1-allowed']],
    },
    {
      name: 'unset metadata version fails: the AMI and account defaults are not visible',
      snapshot: listed(EC2_LAUNCH_TEMPLATES, launchTemplate({ httpTokens: undefined, httpEndpoint: undefined })),
      expected: [['fail', 'metadata-version-unset']],
    },
    ...listingCases(EC2_LAUNCH_TEMPLATES, 'ec2:DescribeLaunchTemplateVersions'),
  ],
};
