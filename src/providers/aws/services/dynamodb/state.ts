/** DynamoDB inventory shapes and keys. No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';

/** `DescribeTable`, reduced to what the checks read. */
export interface DynamoTable {
  arn: string;
  /**
   * How the table is encrypted at rest: `OWNED` (an AWS owned key, the default; DescribeTable then has no
   * SSEDescription), or `KMS` (an AWS managed or customer managed KMS key in the account).
   */
  encryption: 'OWNED' | 'KMS';
  kmsKeyArn?: string;
  deletionProtection: boolean;
}

/** `DescribeContinuousBackups`. */
export interface DynamoBackups {
  /** Point-in-time recovery status: `ENABLED` or `DISABLED`. */
  pitr: string;
  pitrRecoveryDays?: number;
}

/** Table names (ListTables), read once for both per-table keys. */
export const DYNAMODB_TABLE_NAMES = inventoryKey<readonly string[]>('aws.dynamodb.tableNames', 'regional');
/** Tables by name (ListTables, then DescribeTable each: there is no bulk describe). */
export const DYNAMODB_TABLES = inventoryKey<PerResource<DynamoTable>>('aws.dynamodb.tables', 'regional');
/** Continuous backup settings by table name. */
export const DYNAMODB_BACKUPS = inventoryKey<PerResource<DynamoBackups>>('aws.dynamodb.continuousBackups', 'regional');
