import type { AwsService } from '../../service.js';
import { macieEnabled } from './checks/aws.macie.enabled.js';
import { macieCollectors } from './collect.js';
import { demoMacie } from './demo.js';

export const macie: AwsService = {
  id: 'macie',
  collectors: macieCollectors,
  checks: [macieEnabled],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoMacie,
};
