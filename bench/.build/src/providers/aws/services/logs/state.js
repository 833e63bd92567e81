/** CloudWatch Logs inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
/** `DescribeLogGroups` (paginated), sorted by name. */
export const LOGS_LOG_GROUPS = inventoryKey('aws.logs.logGroups', 'regional');
