import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listed } from '../../cases.fixtures.js';
import { listingCases } from '../../listing-cases.fixtures.js';
import { AUTOSCALING_LAUNCH_CONFIGURATIONS } from '../state.js';
import { launchConfig } from './autoscaling.fixtures.js';
import { autoscalingLaunchConfigNoPublicIp as check } from './aws.autoscaling.launch-config-no-public-ip.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'false passes', snapshot: listed(AUTOSCALING_LAUNCH_CONFIGURATIONS, launchConfig()), expected: [['pass', 'no-public-ip']] },
    {
      name: 'unset passes, the subnet decides',
      snapshot: listed(AUTOSCALING_LAUNCH_CONFIGURATIONS, launchConfig({ associatePublicIp: undefined })),
      expected: [['pass', 'subnet-default']],
    },
    {
      name: 'true fails',
      snapshot: listed(AUTOSCALING_LAUNCH_CONFIGURATIONS, launchConfig({ associatePublicIp: true })),
      expected: [['fail', 'public-ip']],
    },
    ...listingCases(AUTOSCALING_LAUNCH_CONFIGURATIONS, 'autoscaling:DescribeLaunchConfigurations'),
  ],
};
