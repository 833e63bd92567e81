import type { AwsService } from '../../service.js';
import { securityHubHubEnabled } from './checks/aws.securityhub.hub-enabled.js';
import { securityHubCollectors } from './collect.js';
import { demoSecurityHub } from './demo.js';

export const securityHub: AwsService = {
  id: 'securityhub',
  collectors: securityHubCollectors,
  // Sorted by id.
  checks: [securityHubHubEnabled],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoSecurityHub,
};
