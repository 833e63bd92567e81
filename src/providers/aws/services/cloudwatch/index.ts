import type { AwsService } from '../../service.js';
import { cloudWatchChecks } from './checks.js';
import { cloudWatchCollectors } from './collect.js';
import { demoCloudWatch } from './demo.js';

/** CIS section 5: the monitoring chain from trail to subscribed alarm, one check per item. */
export const cloudWatch: AwsService = {
  id: 'cloudwatch',
  collectors: cloudWatchCollectors,
  checks: cloudWatchChecks,
  links: new URL('./links.yaml', import.meta.url),
  demo: demoCloudWatch,
};
