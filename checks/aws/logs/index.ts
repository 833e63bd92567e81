import type { Check } from '../../../src/model/check.js';
import { logsLogGroupRetention } from './aws.logs.log-group-retention.js';

export const logsChecks: readonly Check[] = [logsLogGroupRetention];
