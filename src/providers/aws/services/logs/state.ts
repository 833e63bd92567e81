/** CloudWatch Logs inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';

/**
 * One log group. Accounts can hold hundreds of thousands of these, so the shape stays small
 * and nothing here needs a per-group call.
 */
export interface LogGroup {
  name: string;
  /** Without the `:*` suffix that the legacy `arn` field carries. */
  arn: string;
  /** `null` means events never expire. */
  retentionInDays: number | null;
  kmsKeyId?: string;
  storedBytes?: number;
  /** Present when not `STANDARD` (e.g. `INFREQUENT_ACCESS`, `DELIVERY`). */
  logGroupClass?: string;
}

/** `DescribeLogGroups` (paginated), sorted by name. */
export const LOGS_LOG_GROUPS = inventoryKey<LogGroup[]>('aws.logs.logGroups', 'regional');
