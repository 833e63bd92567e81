import type { AwsService } from '../../service.js';
import { guardDutyDetectorEnabled } from './checks/aws.guardduty.detector-enabled.js';
import { guardDutyCollectors } from './collect.js';
import { demoGuardDuty } from './demo.js';

export const guardDuty: AwsService = {
  id: 'guardduty',
  collectors: guardDutyCollectors,
  // Sorted by id.
  checks: [guardDutyDetectorEnabled],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoGuardDuty,
};
