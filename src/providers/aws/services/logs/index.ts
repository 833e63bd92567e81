import type { AwsService } from '../../service.js';
import { logsLogGroupRetention } from './checks/aws.logs.log-group-retention.js';
import { logsCollectors } from './collect.js';
import { demoLogs } from './demo.js';

export const logs: AwsService = {
  id: 'logs',
  collectors: logsCollectors,
  // Sorted by id.
  checks: [logsLogGroupRetention],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoLogs,
};
