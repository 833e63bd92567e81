import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listed } from '../../cases.fixtures.js';
import { listingCases } from '../../listing-cases.fixtures.js';
import { EC2_LAUNCH_TEMPLATES } from '../launch-template-state.js';
import { ec2LaunchTemplateNoPublicIp as check } from './aws.ec2.launch-template-no-public-ip.js';
import { launchTemplate } from './launch-template.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'no public interface passes', snapshot: listed(EC2_LAUNCH_TEMPLATES, launchTemplate()), expected: [['pass', 'no-public-ip']] },
    {
      name: 'a public interface fails',
      snapshot: listed(EC2_LAUNCH_TEMPLATES, launchTemplate({ publicIpInterfaces: [0] })),
      expected: [['fail', 'public-ip']],
    },
    {
      name: 'each template is judged on its own',
      snapshot: listed(EC2_LAUNCH_TEMPLATES, launchTemplate(), launchTemplate({ name: 'edge', id: 'lt-0edge', publicIpInterfaces: [1] })),
      expected: [
        ['pass', 'no-public-ip'],
        ['fail', 'public-ip'],
      ],
    },
    ...listingCases(EC2_LAUNCH_TEMPLATES, 'ec2:DescribeLaunchTemplateVersions'),
  ],
};
