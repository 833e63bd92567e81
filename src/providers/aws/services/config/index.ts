import type { AwsService } from '../../service.js';
import { configRecorderEnabled } from './checks/aws.config.recorder-enabled.js';
import { configCollectors } from './collect.js';
import { demoConfig } from './demo.js';

export const config: AwsService = {
  id: 'config',
  collectors: configCollectors,
  // Sorted by id.
  checks: [configRecorderEnabled],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoConfig,
};
