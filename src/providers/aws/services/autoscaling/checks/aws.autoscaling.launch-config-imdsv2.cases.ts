import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listed } from '../../cases.fixtures.js';
import { listingCases } from '../../listing-cases.fixtures.js';
import { AUTOSCALING_LAUNCH_CONFIGURATIONS } from '../state.js';
import { launchConfig } from './autoscaling.fixtures.js';
import { autoscalingLaunchConfigImdsv2 as check } from './aws.autoscaling.launch-config-imdsv2.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'required passes', snapshot: listed(AUTOSCALING_LAUNCH_CONFIGURATIONS, launchConfig()), expected: [['pass', 'imdsv2']] },
    {
      name: 'endpoint disabled passes',
      snapshot: listed(AUTOSCALING_LAUNCH_CONFIGURATIONS, launchConfig({ httpTokens: 'optional', httpEndpoint: 'disabled' })),
      expected: [['pass', 'metadata-disabled']],
    },
    {
      name: 'optional fails',
      snapshot: listed(AUTOSCALING_LAUNCH_CONFIGURATIONS, launchConfig({ httpTokens: 'optional' })),
      expected: [['fail', 'imdsv1-allowed']],
    },
    {
      name: 'unset metadata version fails',
      snapshot: listed(AUTOSCALING_LAUNCH_CONFIGURATIONS, launchConfig({ httpTokens: undefined, httpEndpoint: undefined })),
      expected: [['fail', 'metadata-version-unset']],
    },
    ...listingCases(AUTOSCALING_LAUNCH_CONFIGURATIONS, 'autoscaling:DescribeLaunchConfigurations'),
  ],
};
