import type { AwsService } from '../../service.js';
import { inspector2ScanningEnabled } from './checks/aws.inspector2.scanning-enabled.js';
import { inspector2Collectors } from './collect.js';
import { demo } from './demo.js';

export const inspector2: AwsService = {
  id: 'inspector2',
  collectors: inspector2Collectors,
  checks: [inspector2ScanningEnabled],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
