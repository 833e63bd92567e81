/** Redshift inventory shapes and keys. No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { Named } from '../each-resource.js';

/** `DescribeClusters`, reduced to what the checks read. `name` is the cluster identifier. */
export interface RedshiftCluster extends Named {
  encrypted: boolean;
  publiclyAccessible: boolean;
  enhancedVpcRouting: boolean;
  /** Days automated snapshots are kept; 0 turns them off. */
  snapshotRetentionDays: number;
  allowVersionUpgrade: boolean;
  parameterGroups: readonly string[];
}

/** `DescribeLoggingStatus`. */
export interface RedshiftLogging {
  enabled: boolean;
  /** `s3` or `cloudwatch`, when logging is on. */
  destination?: string;
}

export const REDSHIFT_CLUSTERS = inventoryKey<readonly RedshiftCluster[]>('aws.redshift.clusters', 'regional');
/** Audit logging by cluster identifier (no bulk call reports it). */
export const REDSHIFT_LOGGING = inventoryKey<PerResource<RedshiftLogging>>('aws.redshift.logging', 'regional');
/** The `require_ssl` value of each parameter group the clusters use, by group name; `null` when the group does not list it. */
export const REDSHIFT_REQUIRE_SSL = inventoryKey<PerResource<string | null>>('aws.redshift.requireSsl', 'regional');
