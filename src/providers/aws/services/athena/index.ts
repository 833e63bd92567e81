import type { AwsService } from '../../service.js';
import { athenaWorkgroupEnforcesConfiguration } from './checks/aws.athena.workgroup-enforces-configuration.js';
import { athenaWorkgroupMetricsEnabled } from './checks/aws.athena.workgroup-metrics-enabled.js';
import { athenaWorkgroupResultsEncrypted } from './checks/aws.athena.workgroup-results-encrypted.js';
import { athenaCollectors } from './collect.js';
import { demo } from './demo.js';

export const athena: AwsService = {
  id: 'athena',
  collectors: athenaCollectors,
  checks: [athenaWorkgroupEnforcesConfiguration, athenaWorkgroupMetricsEnabled, athenaWorkgroupResultsEncrypted],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
