import { logsLogGroupRetention } from './aws.logs.log-group-retention.js';
export const logsChecks = [logsLogGroupRetention];
